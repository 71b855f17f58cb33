"""The blind380 pool's works: what marketers at beauty, cosmetics and personal-care firms cite in CIM Level 6 and 7
reports and MBA assignments written in English in the UK, France, South Korea, Brazil, Nigeria and Canada.

Marketing, consumer-behaviour and brand-management textbooks and their chapters (the classics among them), journal
articles on influencer marketing, self-concept and beauty, ingredient transparency, sustainable packaging and retail
experience with one to eight authors, regulators and industry bodies (the ASA, the CTPA, the OPSS and their
counterparts in France, Korea, Brazil, Nigeria and Canada), governments' statistics and legislation as candidates
list it, beauty groups' annual reports, investor presentations and press pages, market-research firms' and
consultancies' reports, beauty and trade press and the news signed and unsigned, and undated web pages with access
dates. Names as this region's scholars and journals print them: French names with their accents and particles
("de Lassus", "Lefèvre"), Korean names romanised with the family name first and the given name written as one word
("Kim Jihye" as Kim, J.), Brazilian names with their particles apart ("da Silva", "dos Santos"), Yoruba, Igbo and
Hausa names ("Adébáyọ̀" printed plain as "Adebayo", "Okonkwo", "Abubakar"), French-Canadian and English-Canadian
names, and British names. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "company-report", "market-research", "government", "legislation",
         "regulator", "news", "trade-press", "web", "investor", "press-release")  # fmt: skip

# (family, given, particle) as the region's journals print them.
_NAMES = {
    "uk": [("Hughes", "Rebecca", ""), ("Patel", "Anjali", ""), ("O'Connor", "Siobhan", ""), ("McKenzie", "Fraser", ""),
           ("Whitfield", "Harriet", ""), ("Okafor-Smith", "Dami", ""), ("Barnes", "Oliver", ""), ("Rahman", "Nadia", ""),
           ("Thompson", "Jessica", ""), ("Evans", "Rhys", ""), ("Ashworth", "Claire", ""), ("Khan", "Imran", ""),
           ("Fletcher", "Laura", ""), ("Ellis-Chadwick", "Fiona", ""), ("Gallagher", "Niamh", "")],
    "fr": [("Lefèvre", "Camille", ""), ("Dubois", "Mathilde", ""), ("Lassus", "Thibault", "de"), ("Mercier", "Élodie", ""),
           ("Girard", "Antoine", ""), ("Roux", "Manon", "Le"), ("Bouchet", "Hélène", ""), ("Chevalier", "Inès", ""),
           ("Barthélemy", "Lucas", ""), ("Guérin", "Océane", ""), ("Villiers", "Aurélien", "de"), ("Faure", "Clémence", ""),
           ("N'Diaye", "Aminata", ""), ("Benali", "Yasmine", ""), ("Kapferer", "Jean-Noël", "")],
    "kr": [("Kim", "Jihye", ""), ("Lee", "Seunghoon", ""), ("Park", "Minji", ""), ("Choi", "Yoonah", ""), ("Jung", "Hyejin", ""),
           ("Kang", "Dongwook", ""), ("Cho", "Eunji", ""), ("Yoon", "Sujin", ""), ("Jang", "Minseok", ""), ("Lim", "Soyeon", ""),
           ("Han", "Jiwon", ""), ("Shin", "Haeun", ""), ("Oh", "Sangmin", ""), ("Seo", "Yejin", ""), ("Kwon", "Taeyang", "")],
    "br": [("Silva", "Ana Paula", "da"), ("Santos", "Rafael", "dos"), ("Gonçalves", "Juliana", ""), ("Araújo", "Thiago", ""),
           ("Oliveira", "Mariana", ""), ("Souza", "Camila", "de"), ("Conceição", "Beatriz", ""), ("Ribeiro", "Lucas", ""),
           ("Nascimento", "Larissa", ""), ("Magalhães", "Fernanda", ""), ("Costa", "Gabriel", "da"), ("Assunção", "Renata", ""),
           ("Pereira", "Bruno", ""), ("Loureiro", "Sandra Maria Correia", ""), ("Falcão", "Isabela", "")],
    "ng": [("Adebayo", "Oluwaseun", ""), ("Okonkwo", "Chiamaka", ""), ("Abubakar", "Hadiza", ""), ("Eze", "Chukwuemeka", ""),
           ("Ogunleye", "Temitope", ""), ("Nwachukwu", "Adaeze", ""), ("Bello", "Aminu", ""), ("Adeleke", "Funmilayo", ""),
           ("Ibrahim", "Zainab", ""), ("Okeke", "Ngozi", ""), ("Afolabi", "Babatunde", ""), ("Danjuma", "Khadijah", ""),
           ("Olúwatóbi", "Adéwálé", ""), ("Uche-Nwosu", "Ifeoma", ""), ("Ojo", "Kehinde", "")],
    "ca": [("Tremblay", "Geneviève", ""), ("Gagnon", "Marc-André", ""), ("Côté", "Julie", ""), ("Bélanger", "Sophie", ""),
           ("Roy", "Mathieu", ""), ("MacDonald", "Heather", ""), ("Singh", "Harpreet", ""), ("Lévesque", "Isabelle", ""),
           ("Wong", "Emily", ""), ("Bouchard", "Nicolas", ""), ("Campbell", "Alison", ""), ("Pelletier", "Audrey", ""),
           ("Fortin", "Catherine", ""), ("Nguyen", "Kevin", ""), ("Laroche", "Michel", "")],
}  # fmt: skip

# The classics and textbooks candidates cite: (authors as (family, given, particle), year, title, publisher, place, edition).
_CLASSICS = [
    ([("Solomon", "Michael R.", ""), ("Askegaard", "Søren", ""), ("Hogg", "Margaret K.", ""), ("Bamossy", "Gary J.", "")],
     2019, "Consumer behaviour: a European perspective", "Pearson", "Harlow", "7"),
    ([("Kapferer", "Jean-Noël", "")], 2012, "The new strategic brand management: advanced insights and strategic thinking", "Kogan Page", "London", "5"),
    ([("Kapferer", "Jean-Noël", ""), ("Bastien", "Vincent", "")], 2012, "The luxury strategy: break the rules of marketing to build luxury brands", "Kogan Page", "London", "2"),
    ([("Keller", "Kevin Lane", ""), ("Swaminathan", "Vanitha", "")], 2020, "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", "5"),
    ([("Kotler", "Philip", ""), ("Keller", "Kevin Lane", ""), ("Chernev", "Alexander", "")], 2022, "Marketing management", "Pearson", "Harlow", "16"),
    ([("Chaffey", "Dave", ""), ("Ellis-Chadwick", "Fiona", "")], 2022, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ([("Jobber", "David", ""), ("Ellis-Chadwick", "Fiona", "")], 2023, "Principles and practice of marketing", "McGraw-Hill", "London", "10"),
    ([("Jones", "Geoffrey", "")], 2010, "Beauty imagined: a history of the global beauty industry", "Oxford University Press", "Oxford", ""),
    ([("Aaker", "David A.", "")], 1996, "Building strong brands", "Free Press", "New York", ""),
    ([("Schiffman", "Leon G.", ""), ("Wisenblit", "Joseph", "")], 2019, "Consumer behavior", "Pearson", "Harlow", "12"),
    ([("Hollensen", "Svend", "")], 2020, "Global marketing", "Pearson", "Harlow", "8"),
    ([("Wolf", "Naomi", "")], 1990, "The beauty myth", "Chatto & Windus", "London", ""),
    ([("Mahajan", "Vijay", ""), ("Tremblay", "Geneviève", ""), ("Kim", "Jihye", "")], 2021, "Beauty marketing: brands, bodies and the global consumer", "Routledge", "Abingdon", ""),
]  # fmt: skip

_JOURNALS = ["Journal of Marketing", "Journal of Consumer Research", "Psychology & Marketing", "Journal of Business Research",
             "Journal of Retailing and Consumer Services", "International Journal of Cosmetic Science",
             "Journal of Cosmetic Dermatology", "Journal of Fashion Marketing and Management", "Journal of Brand Management",
             "Journal of Product & Brand Management", "International Journal of Consumer Studies", "Journal of Interactive Marketing",
             "Journal of Advertising", "Body Image", "Journal of Cleaner Production", "Sustainability",
             "Asia Pacific Journal of Marketing and Logistics", "Recherche et Applications en Marketing (English Edition)",
             "Journal of Global Fashion Marketing", "Revista de Administração de Empresas", "African Journal of Business Management",
             "Canadian Journal of Administrative Sciences", "Journal of Marketing Management", "International Journal of Retail & Distribution Management",
             "Journal of Consumer Marketing", "Young Consumers", "Journal of Korea Trade"]  # fmt: skip
_TOPICS = ["influencer marketing", "beauty vloggers", "self-concept and make-up use", "ideal self-congruity",
           "ingredient transparency", "clean beauty claims", "refillable packaging", "sustainable packaging",
           "in-store beauty advisers", "virtual try-on", "augmented reality mirrors", "K-beauty", "J-beauty",
           "the lipstick effect", "male grooming", "shade inclusivity", "skin-lightening products", "halal cosmetics",
           "beauty subscription boxes", "parasocial relationships", "de-influencing", "dermocosmetics",
           "fragrance sampling", "greenwashing", "natural hair care", "perceived authenticity", "TikTok beauty trends",
           "cruelty-free labels", "retail experience", "brand love", "social comparison", "the 10-step routine",
           "barbershop culture", "prestige beauty", "dupes and copycat brands", "skin-tone diversity in advertising"]  # fmt: skip
_PLACES = ["the UK", "France", "South Korea", "Brazil", "Nigeria", "Canada", "Lagos", "Seoul", "São Paulo", "Québec",
           "Paris", "Toronto", "the French luxury market", "the Korean cosmetics industry", "Nigerian cities"]  # fmt: skip
_PRESS = ["Cosmetics Business", "CosmeticsDesign-Europe", "WWD", "Glossy", "The Business of Fashion", "Vogue Business",
          "Allure", "The Guardian", "Financial Times", "BBC News", "Le Monde", "Les Echos", "The Korea Herald",
          "Korea JoongAng Daily", "Folha de S.Paulo", "Valor Econômico", "BusinessDay", "Punch", "The Globe and Mail",
          "CBC News", "Marketing Week", "Campaign", "The Grocer", "Retail Gazette", "Pure Beauty", "Premium Beauty News",
          "Drapers", "The Drum"]  # fmt: skip
_TRADE = ["Cosmetics Business", "CosmeticsDesign-Europe", "Premium Beauty News", "Pure Beauty", "Glossy", "WWD",
          "Beauty Independent", "Global Cosmetics News", "BeautyMatter", "Beauty Packaging"]  # fmt: skip
# (name, tags, country, domain)
_REGULATORS = [
    ("Advertising Standards Authority", {"regulator"}, "uk", "asa.org.uk"),
    ("ASA", {"regulator", "acronym"}, "uk", "asa.org.uk"),
    ("Committee of Advertising Practice (CAP)", {"regulator", "abbreviation"}, "uk", "asa.org.uk"),
    ("Cosmetic, Toiletry & Perfumery Association (CTPA)", {"trade-body", "ampersand", "abbreviation"}, "uk", "ctpa.org.uk"),
    ("CTPA", {"trade-body", "acronym"}, "uk", "thefactsabout.co.uk"),
    ("Office for Product Safety and Standards", {"government"}, "uk", "gov.uk"),
    ("OPSS", {"government", "acronym"}, "uk", "gov.uk"),
    ("British Beauty Council", {"trade-body"}, "uk", "britishbeautycouncil.com"),
    ("Cosmetics Europe", {"trade-body"}, "fr", "cosmeticseurope.eu"),
    ("Autorité de Régulation Professionnelle de la Publicité (ARPP)", {"regulator", "abbreviation"}, "fr", "arpp.org"),
    ("Agence nationale de sécurité du médicament et des produits de santé (ANSM)", {"regulator", "abbreviation"}, "fr", "ansm.sante.fr"),
    ("Fédération des Entreprises de la Beauté (FEBEA)", {"trade-body", "abbreviation"}, "fr", "febea.fr"),
    ("Ministry of Food and Drug Safety", {"government"}, "kr", "mfds.go.kr"),
    ("Korea Cosmetic Association", {"trade-body"}, "kr", "kcia.or.kr"),
    ("Korea Health Industry Development Institute (KHIDI)", {"government", "abbreviation"}, "kr", "khidi.or.kr"),
    ("Agência Nacional de Vigilância Sanitária (ANVISA)", {"regulator", "abbreviation"}, "br", "gov.br/anvisa"),
    ("CONAR", {"regulator", "acronym"}, "br", "conar.org.br"),
    ("ABIHPEC", {"trade-body", "acronym"}, "br", "abihpec.org.br"),
    ("National Agency for Food and Drug Administration and Control (NAFDAC)", {"regulator", "abbreviation"}, "ng", "nafdac.gov.ng"),
    ("Advertising Regulatory Council of Nigeria", {"regulator"}, "ng", "arcon.gov.ng"),
    ("Federal Competition & Consumer Protection Commission", {"regulator", "ampersand"}, "ng", "fccpc.gov.ng"),
    ("Health Canada", {"government"}, "ca", "canada.ca"),
    ("Ad Standards", {"regulator"}, "ca", "adstandards.ca"),
    ("Competition Bureau Canada", {"regulator"}, "ca", "competition-bureau.canada.ca"),
    ("Cosmetics Alliance Canada", {"trade-body"}, "ca", "cosmeticsalliance.ca"),
]  # fmt: skip
_STATISTICS = [
    ("Office for National Statistics", "uk", "ons.gov.uk"), ("ONS", "uk", "ons.gov.uk"),
    ("Institut national de la statistique et des études économiques (INSEE)", "fr", "insee.fr"),
    ("Statistics Korea", "kr", "kostat.go.kr"), ("Instituto Brasileiro de Geografia e Estatística (IBGE)", "br", "ibge.gov.br"),
    ("National Bureau of Statistics", "ng", "nigerianstat.gov.ng"), ("Statistics Canada", "ca", "statcan.gc.ca"),
    ("Department for Business and Trade", "uk", "gov.uk"), ("European Commission", "fr", "single-market-economy.ec.europa.eu"),
]  # fmt: skip
# Legislation as candidates list it: the publisher of the text as its author, the Act or regulation as the title.
_LEGISLATION = [
    ("legislation.gov.uk", "The Cosmetic Products Enforcement Regulations 2013", 2013),
    ("legislation.gov.uk", "Consumer Protection from Unfair Trading Regulations 2008", 2008),
    ("legislation.gov.uk", "Digital Markets, Competition and Consumers Act 2024", 2024),
    ("European Parliament and Council of the European Union", "Regulation (EC) No 1223/2009 on cosmetic products", 2009),
    ("Légifrance", "Loi n° 2020-105 du 10 février 2020 relative à la lutte contre le gaspillage et à l'économie circulaire", 2020),
    ("Ministry of Government Legislation", "Cosmetics Act (Act No. 18448)", 2021),
    ("Government of Canada", "Cosmetic Regulations (C.R.C., c. 869)", 2024),
    ("Government of Canada", "Food and Drugs Act (R.S.C., 1985, c. F-27)", 2024),
    ("Federal Republic of Nigeria", "Federal Competition and Consumer Protection Act 2018", 2018),
    ("Presidência da República", "Lei nº 8.078, de 11 de setembro de 1990 (Código de Defesa do Consumidor)", 1990),
]  # fmt: skip
_COMPANIES = [
    ("L'Oréal", {"company", "apostrophe"}, "fr", "loreal-finance.com"), ("L'Oréal Groupe", {"company", "apostrophe"}, "fr", "loreal.com"),
    ("The Estée Lauder Companies Inc.", {"company"}, "ca", "elcompanies.com"), ("Unilever PLC", {"company"}, "uk", "unilever.com"),
    ("Procter & Gamble", {"company", "ampersand"}, "ca", "pginvestor.com"), ("Shiseido Company, Limited", {"company", "comma"}, "kr", "corp.shiseido.com"),
    ("Amorepacific Corporation", {"company"}, "kr", "apgroup.com"), ("LG H&H", {"company", "ampersand", "acronym"}, "kr", "lghnh.com"),
    ("Natura &Co", {"company", "ampersand"}, "br", "naturaeco.com"), ("Grupo Boticário", {"company"}, "br", "grupoboticario.com.br"),
    ("Boots UK", {"company"}, "uk", "boots-uk.com"), ("Superdrug Stores plc", {"company"}, "uk", "superdrug.com"),
    ("THG PLC", {"company", "acronym"}, "uk", "thg.com"), ("Coty Inc.", {"company"}, "fr", "coty.com"),
    ("Beiersdorf AG", {"company"}, "fr", "beiersdorf.com"), ("LVMH Moët Hennessy Louis Vuitton", {"company"}, "fr", "lvmh.com"),
    ("Chanel Limited", {"company"}, "fr", "chanel.com"), ("Lush Retail Ltd", {"company"}, "uk", "lush.com"),
    ("Charlotte Tilbury Beauty Ltd", {"company"}, "uk", "charlottetilbury.com"), ("Holland & Barrett", {"company", "ampersand"}, "uk", "hollandandbarrett.com"),
    ("Olive Young", {"company"}, "kr", "global.oliveyoung.com"), ("Nivea Nigeria", {"company"}, "ng", "nivea.com.ng"),
    ("Zaron Cosmetics", {"company"}, "ng", "zaroncosmetics.com"), ("Shoppers Drug Mart", {"company"}, "ca", "shoppersdrugmart.ca"),
    ("Deciem", {"company"}, "ca", "deciem.com"), ("Sephora", {"company"}, "fr", "sephora.com"),
    ("Space NK", {"company"}, "uk", "spacenk.com"), ("Birchbox", {"company"}, "fr", "birchbox.com"),
    ("Bulldog Skincare", {"company"}, "uk", "bulldogskincare.com"), ("Fenty Beauty", {"company"}, "uk", "fentybeauty.com"),
]  # fmt: skip
_RESEARCH = [
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("Kantar", {"market-research"}), ("NielsenIQ", {"market-research"}), ("Circana", {"market-research"}),
    ("YouGov", {"market-research"}), ("McKinsey & Company", {"consultancy", "ampersand"}), ("Deloitte", {"consultancy"}),
    ("PwC", {"consultancy", "acronym"}), ("Bain & Company", {"consultancy", "ampersand"}),
    ("Boston Consulting Group", {"consultancy"}), ("Oliver Wyman", {"consultancy"}), ("Samjong KPMG", {"consultancy"}),
    ("Korea Trade-Investment Promotion Agency (KOTRA)", {"government", "abbreviation"}), ("GWI", {"market-research", "acronym"}),
    ("Cosmetics Business & Mintel", {"market-research", "ampersand"}), ("Circana's Beauty Practice", {"market-research", "apostrophe"}),
]  # fmt: skip
_MARKETS = ["prestige skincare", "mass make-up", "fragrance", "men's grooming", "hair care", "sun care", "K-beauty imports",
            "clean beauty", "beauty subscription boxes", "dermocosmetics", "textured hair care", "beauty retail",
            "beauty and personal care", "colour cosmetics", "barbershop products", "vegan cosmetics"]  # fmt: skip
_COUNTRIES = [
    "UK",
    "France",
    "South Korea",
    "Brazil",
    "Nigeria",
    "Canada",
    "Western Europe",
    "West Africa",
    "Latin America",
]


class Blind380WorkFactory(WorkFactory):
    """Works that marketers in beauty, cosmetics and personal care cite, from one seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 380)
        self.used_classics: set[int] = set()
        self.bodies: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        region = self.rng.choice(["uk", "uk", "fr", "kr", "br", "ng", "ca"])
        if self.rng.random() < 0.2:  # an invented British or Canadian name from Faker now and then
            fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "fr_FR"])]
            return {"family": fake.last_name(), "given": fake.first_name()}
        family, given, particle = self.rng.choice(_NAMES[region])
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def year(self) -> int:
        return self.rng.randint(2009, 2025) if self.rng.random() < 0.95 else self.rng.randint(1982, 2008)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2024, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} and purchase intention in {place}",
                 f"The effect of {topic} on {other}", f"How {topic} shapes {other}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]}: a systematic literature review",
                 f"Beyond the mirror: {topic} in {place}", f"Why consumers respond to {topic}",
                 f"{topic[0].upper()}{topic[1:]}, {other} and brand trust", f"Rethinking {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "company-report", "market-research", "government", "legislation",
             "regulator", "news", "trade-press", "web", "investor", "press-release"],
            weights=[11, 5, 22, 5, 6, 9, 5, 3, 8, 7, 5, 7, 3, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one body in a year now and then ("ASA, 2023a" and "2023b").
        same = [body for body in self.bodies if body[3] == kind]  # another work of that kind, so the title fits
        if same and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued, _kind = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record and kind not in ("news", "trade-press"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"], kind))
        self._read_after(record)
        return self._org_work(record, kind, name, tags)

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._read_after(record)
        return super()._person_work(record, kind)

    @staticmethod
    def _read_after(record: dict[str, Any]) -> None:
        """A page is read on or after the day it was published."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0], 12, 28]]}

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def _book(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.used_classics]
        if free and self.rng.random() < 0.4:
            index = self.rng.choice(free)
            self.used_classics.add(index)
            authors, year, title, publisher, place, edition = _CLASSICS[index]
            record: dict[str, Any] = {"type": "book", "title": title, "issued": {"date-parts": [[year]]},
                                      "author": [dict({"family": f, "given": g}, **({"non-dropping-particle": p} if p else {})) for f, g, p in authors],
                                      "publisher": publisher, "publisher-place": place}  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        record = {"type": "book", "title": self.title(), "author": self.people(4), "issued": {"date-parts": [[self.year()]]},
                  "publisher": self.rng.choice(["Routledge", "Kogan Page", "Palgrave Macmillan", "Bloomsbury", "Sage", "Emerald", "Springer"]),
                  "publisher-place": self.rng.choice(["London", "Abingdon", "Cham", "Bingley", "Oxford", "Toronto"])}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self.title(), "author": self.people(3), "editor": self.people(2)[:2],
            "container-title": self.rng.choice(["The Routledge companion to beauty marketing", "Handbook of research on luxury branding",
                                                "The Oxford handbook of consumer culture", "Consumer culture theory",
                                                "K-culture and the Korean wave", "Sustainable fashion and beauty"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Oxford University Press", "Emerald"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Oxford", "Bingley"]),
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.title(), "author": self.people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 160)), "issue": str(self.rng.randint(1, 12)),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["page"] = f"{self.rng.randint(100000, 104999)}"  # an article number
        else:
            record["page"] = f"{(start := self.rng.randint(1, 1400))}-{start + self.rng.randint(9, 24)}"
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1111', '1002', '3390'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:  # a regulator's or body's report
        name, tags, _country, domain = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {self.rng.randint(2018, 2024)}", f"{self.rng.choice(_TOPICS).capitalize()}: guidance for advertisers",
                                                        "Cosmetic products: a guide for businesses", f"Beauty industry impact report {self.rng.randint(2019, 2024)}",
                                                        "Consumer attitudes to cosmetic safety", "Environmental claims in beauty advertising"]),
            "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Paris", "Seoul", "Brasília", "Abuja", "Ottawa"]),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"], record["accessed"] = self._url(domain), self.accessed()
        return self._org(record, "report", name, tags)

    def _regulator(self) -> Work:  # a regulator's or body's web page, often undated
        name, tags, _country, domain = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Cosmetics: making claims", "Beauty and cosmetics advertising",
                                                         "Hair and beauty ads: what you need to know", "Cosmetic product notification",
                                                         "Ingredient labelling explained", "Skin-lightening products",
                                                         "Influencers' guide to making clear that ads are ads", "Rulings on cosmetics"]),
            "URL": self._url(domain), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "regulator", name, tags)

    def _company_report(self) -> Work:
        name, tags, _country, domain = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Universal registration document {year}",
                                                        f"Sustainability report {year}", f"Beauty for a better future: impact report {year}",
                                                        f"Integrated report {year}"]),
            "publisher": name, "issued": {"date-parts": [[year]]}, "URL": self._url(domain), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org(record, "company-report", name, tags)

    def _investor(self) -> Work:
        name, tags, _country, domain = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "speech", "title": self.rng.choice(["Capital markets day presentation", f"Full-year {self.rng.randint(2019, 2024)} results presentation",
                                                        "Investor day: strategic update", "Q3 sales call"]),
            "publisher": name, "issued": {"date-parts": [[self.year()]]}, "URL": self._url(domain), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org(record, "investor", name, tags)

    def _press_release(self) -> Work:
        name, tags, _country, domain = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([f"{name.split()[0]} announces new refill programme", "Our commitment to ingredient transparency",
                                                         "Newsroom: strong growth in dermatological beauty", "Our brands", "Inclusive beauty at scale",
                                                         "Our sustainable packaging journey"]),
            "URL": self._url(domain), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {
                "date-parts": [[self.rng.randint(2015, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
            }
        return self._org(record, "press-release", name, tags)

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        year = self.rng.randint(2016, 2025)  # market data is read when it is recent
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market.capitalize()} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                                        f"{market.capitalize()} in {country}", f"The state of beauty {year}",
                                                        f"Revenue of the {market} market in {country} from 2018 to 2028",
                                                        f"{country} {market} consumer {year}"]),
            "publisher": name.split(" (")[0], "URL": self._url(name.split()[0].lower().strip("'s") + ".com"), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "market-research", name, tags)

    def _government(self) -> Work:
        name, _country, domain = self.rng.choice(_STATISTICS)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage", "dataset"]),
            "title": self.rng.choice(["Household final consumption expenditure: personal care", "Retail sales index",
                                      "Consumer price inflation: toiletries and personal care", "Population estimates by age",
                                      "Annual survey of hours and earnings", "Cosmetics exports by destination",
                                      "Labour force statistics: hairdressing and beauty"]),
            "publisher": name.split(" (")[0], "issued": {"date-parts": [[self.year()]]}, "URL": self._url(domain), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        name, title, year = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(name.split()[0].lower().strip(".") + ".gov"), "accessed": self.accessed()}  # fmt: skip
        return self._org(record, "legislation", name, {"legislation"})

    def _news(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].slug(), "accessed": self.accessed(),
        }  # fmt: skip
        if record["accessed"]["date-parts"][0][0] < record["issued"]["date-parts"][0][0]:
            record["accessed"]["date-parts"][0][0] = record["issued"]["date-parts"][0][0]
        if self.rng.random() < 0.7:
            record["author"] = self.people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _trade_press(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self.title(), "container-title": self.rng.choice(_TRADE),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].slug(), "accessed": self.accessed(),
        }  # fmt: skip
        if record["accessed"]["date-parts"][0][0] < record["issued"]["date-parts"][0][0]:
            record["accessed"]["date-parts"][0][0] = record["issued"]["date-parts"][0][0]
        if self.rng.random() < 0.75:
            record["author"] = self.people(3)
            return self._person_work(record, "trade-press")
        return self._org(record, "trade-press", record["container-title"], {"press"})

    def _web(self) -> Work:  # a blog, a brand's page or a beauty editor's article, with or without a date
        record: dict[str, Any] = {"type": "webpage", "title": self.title(),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].slug(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.55:
            record["issued"] = {"date-parts": [[self.year()]]}
            if record["accessed"]["date-parts"][0][0] < record["issued"]["date-parts"][0][0]:
                record["accessed"]["date-parts"][0][0] = record["issued"]["date-parts"][0][0]
        if self.rng.random() < 0.5:
            record["author"] = self.people(2)
            return self._person_work(record, "web")
        name, tags, _country, _domain = self.rng.choice(_COMPANIES + _REGULATORS)
        return self._org(record, "web", name, tags | {"undated"} if "issued" not in record else tags)
