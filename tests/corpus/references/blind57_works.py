"""Works for the fifty-seventh held-out pool, "blind57": what social-marketing and health-promotion staff in New
Zealand and Australia cite on CIM Level 6 and 7 courses and Master of Public Health programmes.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-seventh hand,
without reading the checker, its tests or the other pools' frames, decoys and works. Invented people with names
from Aotearoa and Australia (Māori names with macrons, Samoan, Tongan and Fijian names, Aboriginal and Torres
Strait Islander family names, Pākehā, Greek-, Italian-, Chinese- and Indian-Australian names, particles and
hyphens); real agencies, councils, charities, iwi bodies, newsrooms and publishers as organisation authors; journal
articles with one to eight authors, textbooks in editions, Acts under the Parliament that made them, evaluation
reports, web pages with and without access dates, undated pages, podcasts, and one body's two works of a year.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_MAORI = [("Ngata", "Hēmi"), ("Tūhoe", "Mereana"), ("Pōmare", "Rāwiri"), ("Te Awa", "Aroha"), ("Walker", "Tamati"),
          ("Parata", "Hinemoa"), ("Tāwhai", "Wiremu"), ("Horomona", "Ngaio"), ("Te Rangi", "Kahurangi"),
          ("Rātana", "Tipene"), ("Māhuika", "Anahera"), ("Kīngi", "Mīria"), ("Paewai", "Manaia"), ("Tauroa", "Rēwi"),
          ("Te Huia", "Moana"), ("Whaanga", "Kiri"), ("Ōtene", "Hōhepa"), ("Tapsell", "Pania"), ("Herewini", "Ruia"),
          ("Karaitiana", "Wikitōria"), ("Te Whata", "Rongo"), ("Tūtara", "Ihaia")]  # fmt: skip
_PASIFIKA = [("Tuiasosopo", "Leilani"), ("Faleafa", "Sione"), ("Fonoti", "Malia"), ("Taufa", "Siosaia"),
             ("Havili", "Lupe"), ("Tupou", "Mele"), ("Vainikolo", "Viliami"), ("Leota", "Tavita"),
             ("Ratuvili", "Losana"), ("Naidu", "Sanjeshni"), ("Vakaloloma", "Akanisi"), ("Fa'alogo", "Iosefa"),
             ("Sapolu", "Tala"), ("Fifita", "'Ana"), ("Latu", "Penisimani"), ("Tuimavave", "Fetu")]  # fmt: skip
_FIRST_NATIONS = [("Yunupingu", "Djambawa"), ("Mundine", "Tanya"), ("Bin-Sali", "Shaun"), ("Nona", "Solomon"),
                  ("Mosby", "Rhonda"), ("Kickett", "Darren"), ("Anderson", "Kerrie"), ("Briggs", "Lowitja"),
                  ("Gorringe", "Leeanne"), ("Ah Kee", "Vernon"), ("Thaiday", "Mariah"), ("Wanganeen", "Gavin"),
                  ("Coe", "Isabell"), ("Bamblett", "Muriel"), ("Kennedy-Bin Juda", "Letitia")]  # fmt: skip
_MIGRANT = [("Papadopoulos", "Eleni"), ("Karagiannis", "Nikos"), ("Christodoulou", "Maria"), ("Tsolakis", "Giorgos"),
            ("Rossi", "Luca"), ("Mastroianni", "Chiara"), ("Ferraro", "Antonella"), ("Di Natale", "Marco"),
            ("Nguyen", "Thi Hoa"), ("Chen", "Xiaolin"), ("Wong", "Kar-Wai"), ("Liu", "Mei"), ("Zhou", "Jian"),
            ("Lim", "Siew Ling"), ("Sharma", "Priyanka"), ("Patel", "Nikhil"), ("Krishnamurthy", "Anjali"),
            ("Singh", "Gurpreet"), ("Raghavan", "Deepa"), ("Iyer", "Vikram"), ("Ó Súilleabháin", "Niamh"),
            ("Müller", "Jörg"), ("Ångström", "Sofia")]  # fmt: skip
_PAKEHA = [("Brown", "Katherine"), ("McAllister", "Hamish"), ("Fraser", "Olivia"), ("O'Connell", "Bridget"),
           ("Thompson", "Greg"), ("Sutherland", "Fiona"), ("Wilkinson-Hart", "Jo"), ("Hughes", "Lachlan"),
           ("MacDonald", "Isla"), ("Robertson", "Angus"), ("D'Arcy", "Megan"), ("Gallagher", "Sinéad"),
           ("Kerr", "Philippa"), ("Baxter", "Nigel"), ("Hutchinson", "Tessa"), ("Morrison", "Callum"),
           ("Fitzgerald", "Erin"), ("Lowe", "Bronwyn"), ("Cartwright", "Simon"), ("Hislop", "Rachael")]  # fmt: skip
_PARTICLES = [("van der", "Berg", "Marieke"), ("de", "Groot", "Pieter"), ("van", "Heerden", "Annelie"),
              ("de la", "Cruz", "Isabel"), ("di", "Bartolo", "Sergio"), ("von", "Hellmann", "Katrin")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Ministry of Health – Manatū Hauora", {"government", "macron", "dash"}), ("Ministry of Health", {"government"}),
    ("Te Whatu Ora – Health New Zealand", {"government", "macron", "dash"}), ("Te Whatu Ora", {"government", "macron"}),
    ("Te Aka Whai Ora – Māori Health Authority", {"government", "macron", "dash"}),
    ("Health Promotion Agency (HPA)", {"government", "abbreviation"}), ("Health Promotion Agency", {"government"}),
    ("Waka Kotahi NZ Transport Agency", {"government", "abbreviation"}), ("Stats NZ", {"government"}),
    ("Statistics New Zealand", {"government"}), ("Te Puni Kōkiri", {"government", "macron"}),
    ("Ministry of Social Development", {"government"}), ("Ministry for Pacific Peoples", {"government"}),
    ("Accident Compensation Corporation (ACC)", {"government", "abbreviation"}),
    ("New Zealand Police", {"government"}), ("Auckland Council", {"government"}),
    ("Wellington City Council", {"government"}), ("Christchurch City Council", {"government"}),
    ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}),
    ("Australian Bureau of Statistics", {"government"}),
    ("Australian Institute of Health and Welfare", {"government"}),
    ("Australian Institute of Health and Welfare (AIHW)", {"government", "abbreviation"}),
    ("National Health and Medical Research Council", {"government"}),
    ("Department of Health and Aged Care", {"government"}), ("Transport for NSW", {"government", "abbreviation"}),
    ("NSW Health", {"government", "abbreviation"}), ("Queensland Health", {"government"}),
    ("Department of Health, Victoria", {"government", "comma"}), ("City of Sydney", {"government"}),
    ("Brisbane City Council", {"government"}), ("City of Perth", {"government"}),
    ("Transport Accident Commission (TAC)", {"government", "abbreviation"}),
    ("VicHealth", {"government"}), ("Healthway", {"government"}), ("Cancer Council Australia", {"charity"}),
    ("Cancer Council Victoria", {"charity"}), ("Cancer Society of New Zealand", {"charity"}),
    ("Heart Foundation", {"charity"}), ("Quit Victoria", {"charity"}), ("Hāpai Te Hauora", {"iwi", "macron"}),
    ("Te Rūnanga o Ngāi Tahu", {"iwi", "macron"}), ("Ngāti Whātua Ōrākei", {"iwi", "macron"}),
    ("Te Rūnanga o Ngāti Porou", {"iwi", "macron"}), ("Whānau Ora Commissioning Agency", {"iwi", "macron"}),
    ("Te Pou Matakana", {"iwi"}), ("Pasifika Futures", {"charity"}),
    ("National Aboriginal Community Controlled Health Organisation (NACCHO)", {"abbreviation", "charity"}),
    ("Lowitja Institute", {"charity"}), ("Aboriginal Health Council of Western Australia", {"charity"}),
    ("Victorian Aboriginal Community Controlled Health Organisation", {"charity"}),
    ("Women's Refuge", {"charity", "apostrophe"}), ("Alcohol Healthwatch", {"charity"}),
    ("Foundation for Alcohol Research & Education", {"charity", "ampersand"}),
    ("Advertising Standards Authority", {"regulator"}), ("Ad Standards", {"regulator"}),
    ("Australian Communications and Media Authority", {"regulator"}), ("Office of the Privacy Commissioner", {"government"}),
    ("Fonterra Co-operative Group Ltd", {"company"}), ("Spark New Zealand Ltd", {"company"}),
    ("Wesfarmers Ltd", {"company"}), ("Woolworths Group Ltd", {"company"}), ("Coles Group Ltd", {"company"}),
    ("Tourism New Zealand", {"government"}), ("Colmar Brunton", {"market-research"}), ("Roy Morgan", {"market-research"}),
    ("Ipsos New Zealand", {"market-research"}), ("Nielsen Media Research", {"market-research"}),
    ("McCrindle Research", {"market-research"}), ("Verian", {"market-research"}),
    ("PwC New Zealand", {"company"}), ("Deloitte Access Economics", {"company"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Sapere Research Group", {"company"}),
    ("Māori Television", {"press", "macron"}), ("Clemenger BBDO", {"company"}), ("Special Group", {"company"}),
    ("World Health Organization", {"charity"}), ("OECD", {"government", "acronym"}),
]  # fmt: skip
_PRESS = ["RNZ", "Stuff", "The Spinoff", "New Zealand Herald", "ABC News", "The Sydney Morning Herald", "The Age",
          "The Guardian Australia", "Newsroom", "1News", "The Conversation", "Mumbrella", "B&T", "StopPress",
          "Brisbane Times", "WAtoday", "NITV News", "Te Ao Māori News"]  # fmt: skip
_JOURNALS = ["Social Marketing Quarterly", "Journal of Social Marketing", "Health Promotion International",
             "Australian and New Zealand Journal of Public Health", "Health Education Research",
             "Health Promotion Journal of Australia", "New Zealand Medical Journal", "Tobacco Control",
             "Journal of Primary Health Care", "BMC Public Health", "AlterNative: An International Journal of Indigenous Peoples",
             "Australasian Marketing Journal", "Journal of Nonprofit & Public Sector Marketing", "Injury Prevention",
             "Drug and Alcohol Review", "Pacific Health Dialog", "Kōtuitui: New Zealand Journal of Social Sciences Online",
             "International Journal of Environmental Research and Public Health"]  # fmt: skip
_TOPICS = ["smokefree generation policy", "vaping among rangatahi", "sun safety", "drink driving", "family violence",
           "mental wellbeing", "childhood immunisation", "bowel screening", "problem gambling", "healthy eating",
           "physical activity", "road safety", "cervical screening uptake", "alcohol harm", "kaupapa Māori evaluation",
           "Pacific health literacy", "rural men's health", "skin cancer prevention", "speeding", "seatbelt use",
           "water safety", "sugar-sweetened beverages", "COVID-19 vaccination", "breastfeeding support",
           "whānau-centred services", "community-led design", "fear appeals", "social norms messaging",
           "quitline referrals", "men's help-seeking", "gambling harm", "food insecurity"]  # fmt: skip
_PLACES = ["Aotearoa New Zealand", "Australia", "South Auckland", "Western Sydney", "the Pilbara", "Canterbury",
           "regional Victoria", "Queensland", "Te Tai Tokerau", "remote Northern Territory communities",
           "Pacific communities", "Western Australia", "Ōtautahi Christchurch", "Wellington"]  # fmt: skip
_PUBLISHERS = [("Sage", "Thousand Oaks, CA"), ("Routledge", "Abingdon"), ("Oxford University Press", "Melbourne"),
               ("Auckland University Press", "Auckland"), ("Bridget Williams Books", "Wellington"),
               ("Huia Publishers", "Wellington"), ("Allen & Unwin", "Crows Nest, NSW"), ("Pearson Australia", "Melbourne"),
               ("Cambridge University Press", "Port Melbourne"), ("Otago University Press", "Dunedin"),
               ("Canterbury University Press", "Christchurch"), ("UNSW Press", "Sydney"), ("Aboriginal Studies Press", "Canberra"),
               ("Jones & Bartlett Learning", "Burlington, MA"), ("Elsevier", "Sydney")]  # fmt: skip
_ACTS = [("Smokefree Environments and Regulated Products Act", "New Zealand Parliament", 1990),
         ("Privacy Act", "New Zealand Parliament", 2020), ("Sale and Supply of Alcohol Act", "New Zealand Parliament", 2012),
         ("Land Transport Act", "New Zealand Parliament", 1998), ("Pae Ora (Healthy Futures) Act", "New Zealand Parliament", 2022),
         ("Family Violence Act", "New Zealand Parliament", 2018), ("Gambling Act", "New Zealand Parliament", 2003),
         ("Unsolicited Electronic Messages Act", "New Zealand Parliament", 2007),
         ("Tobacco Plain Packaging Act", "Parliament of Australia", 2011), ("Privacy Act", "Parliament of Australia", 1988),
         ("Spam Act", "Parliament of Australia", 2003), ("Competition and Consumer Act", "Parliament of Australia", 2010),
         ("Public Health (Tobacco and Other Products) Act", "Parliament of Australia", 2023),
         ("Road Safety Act", "Parliament of Victoria", 1986), ("Tobacco Act", "Parliament of Western Australia", 1990)]  # fmt: skip
_TEXTBOOKS = [("Marketing social change to improve lives", None), ("Social marketing: changing behaviors for good", None),
              ("Strategic health communication campaigns", None), ("Health promotion: planning and strategies", None),
              ("Social marketing and public health: theory and practice", None), ("Ngā Kaupapa Hauora: Māori health promotion", None),
              ("Promoting health in Aotearoa New Zealand", None), ("Public health communication in practice", None)]  # fmt: skip


class Blind57WorkFactory(WorkFactory):
    """The fifty-seventh pool's works, drawn from its own seeded source; see the module's docstring."""

    KINDS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "evaluation", "legislation",
             "news", "web-person", "undated-web", "podcast", "thesis")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.r = random.Random(seed * 53 + 5757)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        r = self.r
        roll = r.random()
        if roll < 0.06:
            particle, family, given = r.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = r.choices([_MAORI, _PASIFIKA, _FIRST_NATIONS, _MIGRANT, _PAKEHA], weights=[22, 12, 12, 24, 30])[0]
        family, given = r.choice(table)
        if r.random() < 0.3:  # another given name from the same table, so authors vary more than the table
            given = r.choice(table)[1]
        if table is _PAKEHA and r.random() < 0.15:
            family = f"{family}-{r.choice(_MAORI)[0].split()[-1]}"
        if r.random() < 0.3:
            return {"family": family, "given": f"{given} {r.choice('ABCDEJKLMRST')}."}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.r.choices(range(1, most + 1), weights=[34, 24, 16, 9, 6, 5, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.r.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.r.random() < 0.06:
            return self.r.randint(1981, 1999)  # Slip Slop Slap's era and the first Quit campaigns
        return self.r.randint(2005, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        low = record["issued"]["date-parts"][0][0] if "issued" in record else 2021
        year = self.r.randint(max(low, 2022), 2026)
        return {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]}

    def _title(self) -> str:
        r = self.r
        topic, place = r.choice(_TOPICS), r.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: a mixed-methods study",
                 f"Evaluating a social marketing campaign on {topic} in {place}",
                 f"What works for {topic}? Lessons from {place}", f"{topic[0].upper()}{topic[1:]} and {r.choice(_TOPICS)}",
                 f"Co-designing {topic} messages with communities in {place}",
                 f"Audience insights on {topic}: {r.choice(['a qualitative study', 'a scoping review', 'a systematic review', 'survey findings', 'a case study'])}",
                 f"Reframing {topic} for {r.choice(['young people', 'rangatahi', 'Pacific families', 'older drivers', 'tradies', 'new migrants', 'whānau'])}",
                 f"{place}: {topic} {r.choice(['campaign evaluation', 'insights report', 'monitoring report', 'fact sheet'])} {r.randint(2010, 2025)}"]  # fmt: skip
        return r.choice(forms)

    def _url(self, host: str | None = None) -> str:
        host = host or self.r.choice(["www.health.govt.nz", "www.hpa.org.nz", "www.nzta.govt.nz", "www.aihw.gov.au",
                                      "www.vichealth.vic.gov.au", "www.cancer.org.au", "www.tewhatuora.govt.nz",
                                      "www.abs.gov.au", "www.stats.govt.nz", "www.healthway.wa.gov.au"])  # fmt: skip
        return f"https://{host}/{self.fakers['en_GB'].slug()}-{self.r.randint(10, 999)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.r.choices(list(self.KINDS), weights=[11, 5, 24, 12, 9, 7, 3, 9, 5, 5, 3, 2])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record and self.dated_orgs and self.r.random() < 0.12:  # one body's two works of a year
            name, tags, year = self.r.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if record.get("accessed") and record["accessed"]["date-parts"][0][0] < year:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year_text = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year_text, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        r = self.r
        publisher, place = r.choice(_PUBLISHERS)
        if r.random() < 0.35:
            title = r.choice(_TEXTBOOKS)[0]
            record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(3),
                                      "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                      "publisher-place": place, "edition": str(r.randint(2, 7))}  # fmt: skip
        else:
            record = {"type": "book", "title": self._title(), "author": self._people(4),
                      "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        return self._person(record, "book")

    def _chapter(self) -> Work:
        r = self.r
        publisher, place = r.choice(_PUBLISHERS)
        start = r.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(r.randint(1, 3))],
            "container-title": r.choice(["Health promotion in Aotearoa", "Social marketing in Australasia",
                                         "Indigenous health and wellbeing", "The Routledge handbook of social marketing",
                                         "Public health communication"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + r.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        r = self.r
        start = r.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": r.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(r.randint(1, 48)), "issue": str(r.randint(1, 6)), "page": f"{start}-{start + r.randint(6, 22)}",
        }  # fmt: skip
        if r.random() < 0.5:
            record["DOI"] = (
                f"10.{r.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{r.randint(1000, 99999)}"
            )
        return self._person(record, "journal")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.r.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.r.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        return self._org(record, "organisation-web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        title = (
            self._title()
            if self.r.random() < 0.6
            else f"{self.r.choice(['Annual report', 'Statement of intent', 'Strategic plan', 'Health and lifestyles survey', 'Census'])} {self.r.randint(2013, 2025)}"
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.r.choice(["Wellington", "Auckland", "Canberra", "Melbourne", "Sydney", "Perth", "Brisbane", "Christchurch"])}  # fmt: skip
        if self.r.random() < 0.9:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.r.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record)
        return self._org(record, "organisation-report", name, tags)

    def _evaluation(self) -> Work:
        r = self.r
        campaign = r.choice(["Smokefree Aotearoa 2025", "It's Not OK", "Quit", "Slip Slop Slap", "SunSmart",
                             "Legend", "Towards Zero", "Ready Steady Quit", "Live Lighter", "Make Healthy Normal",
                             "Rethink Sugary Drink", "Like Minds, Like Mine", "Mind Your Mate", "Drink Less, Live More"])  # fmt: skip
        title = f"{campaign} campaign: {r.choice(['outcome evaluation', 'process evaluation', 'tracking survey results', 'formative research report'])}"
        if r.random() < 0.5:
            record: dict[str, Any] = {"type": "report", "title": title, "author": self._people(4),
                                      "issued": {"date-parts": [[self.year()]]},
                                      "publisher": r.choice(_ORGANISATIONS)[0].split(" (")[0], "publisher-place": "Wellington"}  # fmt: skip
            return self._person(record, "evaluation")
        name, tags = self.organisation()
        record = {"type": "report", "title": title, "issued": {"date-parts": [[self.year()]]},
                  "publisher": name.split(" (")[0], "publisher-place": r.choice(["Wellington", "Melbourne", "Sydney"]),
                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "evaluation", name, tags)

    def _legislation(self) -> Work:
        title, body, year = self.r.choice(_ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": f"{title} {year}", "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.r.choice(["www.legislation.govt.nz", "www.legislation.gov.au"])),
                                  "id": self._id()}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _news(self) -> Work:
        r = self.r
        year = r.randint(2008, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": r.choice(_PRESS),
            "issued": {"date-parts": [[year, r.randint(1, 12), r.randint(1, 28)]]},
            "URL": self._url(r.choice(["www.rnz.co.nz", "www.stuff.co.nz", "thespinoff.co.nz", "www.abc.net.au", "www.smh.com.au"])),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if r.random() < 0.8:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url()}  # fmt: skip
        if self.r.random() < 0.8:
            record["accessed"] = self._accessed_after(record)
        return self._person(record, "web-person")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        record["accessed"] = self._accessed_after(record)
        if self.r.random() < 0.35:
            record["author"] = self._people(2)
            return self._person(record, "undated-web")
        name, tags = self.organisation()
        return self._org(record, "undated-web", name, tags | {"undated"})

    def _podcast(self) -> Work:
        r = self.r
        record: dict[str, Any] = {"type": "song", "title": f"{r.choice(['Episode', 'Ep.'])} {r.randint(1, 180)}: {self._title()}",
                                  "container-title": r.choice(["The Detail", "Health Promotion Voices", "Te Ahi Kaa", "The Health Report", "Changemakers"]),
                                  "issued": {"date-parts": [[r.randint(2016, 2025)]]}, "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        record["author"] = self._people(2)
        return self._person(record, "podcast")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.r.choice(["Master's thesis", "PhD thesis", "MPH dissertation"]),
                                  "publisher": self.r.choice(["University of Auckland", "Victoria University of Wellington", "University of Otago", "Massey University", "Curtin University", "Griffith University", "University of Sydney", "Deakin University"])}  # fmt: skip
        return self._person(record, "thesis")
