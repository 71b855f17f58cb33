"""Works that marketers at resale marketplaces, luxury houses, rental services, charity and vintage shops, sneaker
platforms and authentication services cite in CIM Level 6 and 7 reports and MBA assignments written in English in the
UK, France, Italy, Nigeria, Japan and the United Arab Emirates: the "blind376" pool (HELD OUT).

Written without reading the checker, its tests or any other pool. The works are what these candidates put in their
lists: marketing, luxury-brand-management and fashion-marketing textbooks and their chapters (the classics among
them), journal articles on luxury consumption, circular fashion, resale motives, authenticity and counterfeits and
brand heritage with one to eight authors, regulators and industry bodies (the ASA, the CMA, trading standards,
fashion councils and their counterparts abroad) in their several forms, governments' statistics and legislation as
candidates list it, luxury groups' annual reports, investor presentations and press pages, market-research firms'
and consultancies' reports, the fashion and trade press and the national press signed and unsigned, and undated web
pages with access dates. Names are written as this region's scholars and journals print them: French particles
("de Barnier", "du Pontavice"), Italian names with their capitals and apostrophes ("De Angelis", "D'Arienzo",
"Dell'Orto"), Nigerian names ("Oyelaran-Oyeyinka", "Nwachukwu"), Japanese names with or without their macrons
("Satō", "Ōtsuka", "Sato"), Emirati and Gulf names ("Al Suwaidi", "Al-Marzooqi", "AlShamsi") and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "fr_FR", "it_IT", "yo_NG", "ig_NG", "en_NG", "en_IE", "de_DE", "es_ES"]

# Names as the region's journals print them: (particle, family, given); the particle may be empty.
_FRENCH = [("de", "Barnier", "Virginie"), ("du", "Pontavice", "Hélène"), ("de", "Lassus", "Christel"),
           ("", "Lefèvre", "Amélie"), ("", "Dubois-Roussel", "Mathilde"), ("", "Roux", "Élodie"),
           ("", "Béjean", "Margaux"), ("", "Gaudreau", "Jean-Noël"), ("", "Chaboud", "Étienne"),
           ("de", "Ferrière", "Anne-Sophie"), ("", "Le Goff", "Yann"), ("", "Guillard", "Valérie"),
           ("", "Rémy", "Thibault"), ("", "Châtel", "Océane"), ("le", "Bris", "Camille")]  # fmt: skip
_ITALIAN = [("", "De Angelis", "Matteo"), ("", "D'Arienzo", "Chiara"), ("", "Dell'Orto", "Federica"),
            ("", "Di Benedetto", "Alessandro"), ("", "La Rocca", "Giulia"), ("", "Lo Iacono", "Marco"),
            ("", "Amatulli", "Cesare"), ("", "Pedeliento", "Giuseppe"), ("", "Cavender", "Riccardo"),
            ("", "Aiello", "Gaetano"), ("", "Donvito", "Raffaele"), ("", "Ricchetti", "Paola"),
            ("", "Dall'Olmo Riley", "Francesca"), ("", "Mosca", "Fabrizio"), ("", "Corbellini", "Erica")]  # fmt: skip
_NIGERIAN = [("", "Oyelaran-Oyeyinka", "Banji"), ("", "Nwachukwu", "Chiamaka"), ("", "Adeyemi", "Oluwaseun"),
             ("", "Okonkwo", "Ifeoma"), ("", "Eze", "Chukwuemeka"), ("", "Balogun", "Funmilayo"),
             ("", "Ogunleye", "Tolulope"), ("", "Abubakar", "Aisha"), ("", "Ibrahim", "Maryam"),
             ("", "Olatunji", "Adebola"), ("", "Onwuka", "Nnamdi"), ("", "Akinyemi-Bello", "Damilola"),
             ("", "Ọlánrewájú", "Adéwálé"), ("", "Danjuma", "Hauwa"), ("", "Ezeani", "Adaeze")]  # fmt: skip
_JAPANESE = [("", "Satō", "Haruka"), ("", "Sato", "Kenji"), ("", "Itō", "Megumi"), ("", "Ito", "Daisuke"),
             ("", "Ōtsuka", "Yuki"), ("", "Watanabe", "Aiko"), ("", "Yamamoto", "Takeshi"),
             ("", "Nakamura", "Shun"), ("", "Kobayashi", "Hiroko"), ("", "Katō", "Ryo"), ("", "Kato", "Naoko"),
             ("", "Yoshida", "Emi"), ("", "Matsumoto", "Kaito"), ("", "Ōno", "Sakura"), ("", "Hayashi", "Tomoko")]  # fmt: skip
_EMIRATI = [("", "Al Suwaidi", "Mariam"), ("", "Al-Marzooqi", "Khalid"), ("", "AlShamsi", "Noura"),
            ("", "Al Mazrouei", "Hessa"), ("", "Al-Hashimi", "Saeed"), ("", "Al Nuaimi", "Fatima"),
            ("", "El-Bassiouny", "Noha"), ("", "Abdulla", "Layla"), ("", "Haddad", "Rami"),
            ("", "Al Falasi", "Ahmed"), ("", "Bin Hamad", "Omar"), ("", "Nair", "Priya"),
            ("", "Fernandes", "Ryan"), ("", "Al-Ali", "Reem"), ("", "Khoury", "Dana")]  # fmt: skip
_WORLD = [("", "Wang", "Lei"), ("", "Zhang", "Yue"), ("", "Kim", "Seoyeon"), ("", "Park", "Jiwoo"),
          ("", "Müller", "Jana"), ("", "Östberg", "Linnea"), ("van", "Dijk", "Sanne"), ("", "Nguyen", "Thi Hoa"),
          ("", "Sharma", "Ananya"), ("", "O'Sullivan", "Niamh"), ("", "McAllister", "Fraser"),
          ("", "Hughes-Whitby", "Charlotte")]  # fmt: skip
_CULTURES = [_FRENCH, _ITALIAN, _NIGERIAN, _JAPANESE, _EMIRATI, _WORLD]

# The classics and the set texts these candidates cite, as their reading lists give them.
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "title": "The luxury strategy: break the rules of marketing to build luxury brands", "author": [("Kapferer", "Jean-Noël"), ("Bastien", "Vincent")], "year": 2012, "edition": "2", "publisher": "Kogan Page", "publisher-place": "London"},
    {"type": "book", "title": "Luxury brand management: a world of privilege", "author": [("Chevalier", "Michel"), ("Mazzalovo", "Gérald")], "year": 2012, "edition": "2", "publisher": "Wiley", "publisher-place": "Singapore"},
    {"type": "book", "title": "Luxury fashion branding: trends, tactics, techniques", "author": [("Okonkwo", "Uché")], "year": 2007, "publisher": "Palgrave Macmillan", "publisher-place": "Basingstoke"},
    {"type": "book", "title": "Marketing fashion: strategy, branding and promotion", "author": [("Posner", "Harriet")], "year": 2015, "edition": "2", "publisher": "Laurence King", "publisher-place": "London"},
    {"type": "book", "title": "Fashion marketing", "author": [("Easey", "Mike")], "year": 2009, "edition": "3", "publisher": "Wiley-Blackwell", "publisher-place": "Chichester"},
    {"type": "book", "title": "Deluxe: how luxury lost its luster", "author": [("Thomas", "Dana")], "year": 2007, "publisher": "Penguin", "publisher-place": "New York"},
    {"type": "book", "title": "The theory of the leisure class", "author": [("Veblen", "Thorstein")], "year": 1899, "publisher": "Macmillan", "publisher-place": "New York"},
    {"type": "book", "title": "Marketing management", "author": [("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "year": 2022, "edition": "16", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Sustainable fashion and textiles: design journeys", "author": [("Fletcher", "Kate")], "year": 2014, "edition": "2", "publisher": "Routledge", "publisher-place": "Abingdon"},
    {"type": "article-journal", "title": "Measuring perceptions of brand luxury", "author": [("Vigneron", "Franck"), ("Johnson", "Lester W.")], "year": 2004, "container-title": "Journal of Brand Management", "volume": "11", "issue": "6", "page": "484-506"},
    {"type": "article-journal", "title": "Value-based segmentation of luxury consumption behavior", "author": [("Wiedmann", "Klaus-Peter"), ("Hennigs", "Nadine"), ("Siebels", "Astrid")], "year": 2009, "container-title": "Psychology & Marketing", "volume": "26", "issue": "7", "page": "625-651"},
    {"type": "article-journal", "title": "Signaling status with luxury goods: the role of brand prominence", "author": [("Han", "Young Jee"), ("Nunes", "Joseph C."), ("Drèze", "Xavier")], "year": 2010, "container-title": "Journal of Marketing", "volume": "74", "issue": "4", "page": "15-30"},
    {"type": "article-journal", "title": "Why do consumers buy counterfeit luxury brands?", "author": [("Wilcox", "Keith"), ("Kim", "Hyeong Min"), ("Sen", "Sankar")], "year": 2009, "container-title": "Journal of Marketing Research", "volume": "46", "issue": "2", "page": "247-259"},
    {"type": "article-journal", "title": "Corporate brands with a heritage", "author": [("Urde", "Mats"), ("Greyser", "Stephen A."), ("Balmer", "John M.T.")], "year": 2007, "container-title": "Journal of Brand Management", "volume": "15", "issue": "1", "page": "4-19"},
    {"type": "article-journal", "title": "A second-hand shoppers' motivation scale: antecedents, consequences, and implications for retailers", "author": [("Guiot", "Denis"), ("Roux", "Dominique")], "year": 2010, "container-title": "Journal of Retailing", "volume": "86", "issue": "4", "page": "355-371"},
    {"type": "article-journal", "title": "Pre-loved luxury: identifying the meanings of second-hand luxury possessions", "author": [("Turunen", "Linda Lisa Maria"), ("Leipämaa-Leskinen", "Hanna")], "year": 2015, "container-title": "Journal of Product & Brand Management", "volume": "24", "issue": "1", "page": "57-65"},
    {"type": "article-journal", "title": "Possessions and the extended self", "author": [("Belk", "Russell W.")], "year": 1988, "container-title": "Journal of Consumer Research", "volume": "15", "issue": "2", "page": "139-168"},
    {"type": "article-journal", "title": "The 'real thing': branding authenticity in the luxury wine trade", "author": [("Beverland", "Michael")], "year": 2006, "container-title": "Journal of Business Research", "volume": "59", "issue": "2", "page": "251-258"},
    {"type": "article-journal", "title": "Access-based consumption: the case of car sharing", "author": [("Bardhi", "Fleura"), ("Eckhardt", "Giana M.")], "year": 2012, "container-title": "Journal of Consumer Research", "volume": "39", "issue": "4", "page": "881-898"},
]  # fmt: skip

_JOURNALS = ["Journal of Fashion Marketing and Management", "Journal of Business Research", "Journal of Brand Management",
             "Psychology & Marketing", "International Journal of Retail & Distribution Management",
             "Journal of Retailing and Consumer Services", "Journal of Consumer Behaviour",
             "Luxury: History, Culture, Consumption", "Journal of Global Fashion Marketing", "Fashion and Textiles",
             "Sustainability", "International Journal of Consumer Studies", "Journal of Product & Brand Management",
             "Qualitative Market Research", "Journal of Marketing Management", "European Journal of Marketing",
             "Journal of Cleaner Production", "Décisions Marketing", "Recherche et Applications en Marketing",
             "Micro & Macro Marketing", "Mercati e Competitività", "Journal of African Business",
             "African Journal of Business Management", "Japan Marketing Journal",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Islamic Marketing",
             "International Journal of Emerging Markets", "Fashion Practice", "Fashion Theory",
             "Journal of Marketing Theory and Practice"]  # fmt: skip
_TOPICS = ["second-hand luxury", "resale platforms", "clothing rental", "circular fashion", "brand heritage",
           "counterfeit consumption", "luxury authenticity", "pre-loved fashion", "vintage clothing",
           "sneaker culture", "charity-shop shopping", "access-based consumption", "conspicuous consumption",
           "status signalling", "luxury in emerging markets", "sustainable luxury", "peer-to-peer resale",
           "authentication technology", "scarcity marketing", "limited-edition drops", "fashion rental subscriptions",
           "digital product passports", "modest fashion", "luxury in the Gulf", "mottainai and reuse",
           "Lagos street style", "Made in Italy", "French savoir-faire", "greenwashing claims", "buy-back schemes"]  # fmt: skip
_PLACES = ["the UK", "France", "Italy", "Nigeria", "Japan", "the United Arab Emirates", "Lagos", "Dubai", "Tokyo",
           "Milan", "Paris", "London", "the GCC", "sub-Saharan Africa", "Europe"]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Bloomsbury Visual Arts", "London"), ("Routledge", "Abingdon"),
               ("Palgrave Macmillan", "Cham"), ("Pearson", "Harlow"), ("Sage", "London"), ("Laurence King", "London"),
               ("Wiley", "Chichester"), ("Fairchild Books", "New York"), ("Springer", "Cham"),
               ("Edward Elgar", "Cheltenham"), ("Emerald", "Bingley"), ("Goodfellow", "Oxford")]  # fmt: skip
_HANDBOOKS = ["The Routledge companion to fashion marketing", "The Palgrave handbook of luxury brand management",
              "Sustainable luxury, entrepreneurship and innovation", "Fashion and sustainability in Africa",
              "Research handbook on luxury branding", "The Routledge handbook of sustainability and fashion",
              "Luxury marketing: a challenge for theory and practice", "Consumer culture in Japan",
              "Marketing in the Middle East", "Circular economy and the fashion industry"]  # fmt: skip

# Bodies, with tags saying what makes their names hard. Two or three forms of one body now and then.
_BODIES: list[tuple[str, set[str]]] = [
    ("Advertising Standards Authority", {"regulator"}), ("Advertising Standards Authority (ASA)", {"regulator", "abbreviation"}),
    ("ASA", {"regulator", "acronym"}), ("Committee of Advertising Practice (CAP)", {"regulator", "abbreviation"}),
    ("Competition and Markets Authority", {"regulator"}), ("Competition and Markets Authority (CMA)", {"regulator", "abbreviation"}),
    ("Chartered Trading Standards Institute (CTSI)", {"regulator", "abbreviation"}), ("Intellectual Property Office", {"government"}),
    ("British Fashion Council", {"trade-body"}), ("British Fashion Council (BFC)", {"trade-body", "abbreviation"}),
    ("UK Fashion & Textile Association (UKFT)", {"trade-body", "ampersand", "abbreviation"}), ("Walpole", {"trade-body"}),
    ("Charity Retail Association", {"trade-body"}), ("WRAP", {"charity", "acronym"}), ("Fashion Revolution", {"charity"}),
    ("Fédération de la Haute Couture et de la Mode (FHCM)", {"trade-body", "abbreviation", "accent"}),
    ("Comité Colbert", {"trade-body", "accent"}), ("Autorité de la concurrence", {"regulator", "accent"}),
    ("ARPP", {"regulator", "acronym"}), ("Institut Français de la Mode (IFM)", {"school", "abbreviation"}),
    ("Refashion", {"trade-body"}), ("INPI", {"government", "acronym"}),
    ("Camera Nazionale della Moda Italiana", {"trade-body"}), ("Camera Nazionale della Moda Italiana (CNMI)", {"trade-body", "abbreviation"}),
    ("Fondazione Altagamma", {"trade-body"}), ("Istituto dell'Autodisciplina Pubblicitaria (IAP)", {"regulator", "apostrophe", "abbreviation"}),
    ("Autorità Garante della Concorrenza e del Mercato (AGCM)", {"regulator", "abbreviation", "accent"}),
    ("Confindustria Moda", {"trade-body"}),
    ("Federal Competition and Consumer Protection Commission (FCCPC)", {"regulator", "abbreviation"}),
    ("Advertising Regulatory Council of Nigeria (ARCON)", {"regulator", "abbreviation"}),
    ("Standards Organisation of Nigeria", {"regulator"}), ("Lagos Fashion Week", {"trade-body"}),
    ("Fashion Designers Association of Nigeria (FADAN)", {"trade-body", "abbreviation"}),
    ("Nigerian Export Promotion Council", {"government"}),
    ("Japan Fashion Week Organization", {"trade-body"}), ("Consumer Affairs Agency", {"regulator"}),
    ("Japan Fair Trade Commission (JFTC)", {"regulator", "abbreviation"}), ("Japan Reuse Business Association", {"trade-body"}),
    ("Dubai Design District (d3)", {"trade-body", "abbreviation", "lowercase"}), ("Arab Fashion Council", {"trade-body"}),
    ("Dubai Culture & Arts Authority", {"government", "ampersand"}), ("UAE Media Council", {"regulator"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Department for Environment, Food & Rural Affairs", {"government", "comma", "ampersand"}),
    ("House of Commons Environmental Audit Committee", {"government"}), ("HM Revenue & Customs", {"government", "ampersand"}),
    ("INSEE", {"government", "acronym"}), ("Ministère de la Transition écologique", {"government", "accent"}),
    ("ISTAT", {"government", "acronym"}), ("Ministero delle Imprese e del Made in Italy", {"government"}),
    ("National Bureau of Statistics", {"government"}), ("National Bureau of Statistics (NBS)", {"government", "abbreviation"}),
    ("Statistics Bureau of Japan", {"government"}), ("Ministry of Economy, Trade and Industry (METI)", {"government", "comma", "abbreviation"}),
    ("Federal Competitiveness and Statistics Centre", {"government"}), ("Dubai Statistics Center", {"government"}),
    ("Dubai Department of Economy and Tourism", {"government"}), ("UAE Ministry of Economy", {"government"}),
    ("European Commission", {"government"}), ("Eurostat", {"government"}),
]  # fmt: skip
_GROUPS: list[tuple[str, set[str], str]] = [  # (author, tags, domain)
    ("LVMH", {"acronym"}, "lvmh.com"), ("LVMH Moët Hennessy Louis Vuitton", {"accent"}, "lvmh.com"),
    ("Kering", set(), "kering.com"), ("Hermès International", {"accent"}, "finance.hermes.com"),
    ("Chanel Limited", set(), "chanel.com"), ("Burberry Group plc", {"lowercase"}, "burberryplc.com"),
    ("Mulberry Group plc", {"lowercase"}, "mulberry.com"), ("Prada S.p.A.", {"punctuation"}, "pradagroup.com"),
    ("Moncler S.p.A.", {"punctuation"}, "monclergroup.com"), ("Brunello Cucinelli S.p.A.", {"punctuation"}, "brunellocucinelli.com"),
    ("Compagnie Financière Richemont SA", {"accent"}, "richemont.com"), ("Chalhoub Group", set(), "chalhoubgroup.com"),
    ("Majid Al Futtaim", set(), "majidalfuttaim.com"), ("Fast Retailing Co., Ltd.", {"comma"}, "fastretailing.com"),
    ("Mercari, Inc.", {"comma"}, "about.mercari.com"), ("Komehyo Holdings Co., Ltd.", {"comma"}, "komehyohds.com"),
    ("Valuence Holdings Inc.", set(), "valuence.inc"), ("The RealReal, Inc.", {"comma"}, "investor.therealreal.com"),
    ("Vestiaire Collective", set(), "vestiairecollective.com"), ("Vinted", set(), "company.vinted.com"),
    ("Depop", set(), "depop.com"), ("eBay Inc.", {"lowercase"}, "ebayinc.com"), ("Etsy, Inc.", {"comma"}, "investors.etsy.com"),
    ("Marks & Spencer Group plc", {"ampersand"}, "corporate.marksandspencer.com"), ("Oxfam GB", set(), "oxfam.org.uk"),
    ("British Heart Foundation", set(), "bhf.org.uk"), ("Barnardo's", {"apostrophe"}, "barnardos.org.uk"),
    ("Selfridges & Co", {"ampersand"}, "selfridges.com"), ("Harvey Nichols & Co Ltd", {"ampersand"}, "harveynichols.com"),
    ("HURR", {"acronym"}, "hurrcollective.com"), ("By Rotation", set(), "byrotation.com"), ("My Wardrobe HQ", set(), "mywardrobehq.com"),
    ("airCloset", {"lowercase"}, "air-closet.com"), ("The Luxury Closet", set(), "theluxurycloset.com"),
    ("Ounass", set(), "ounass.ae"), ("Jumia Technologies AG", set(), "investor.jumia.com"), ("StockX", set(), "stockx.com"),
    ("Laced", set(), "laced.com"), ("Entrupy", set(), "entrupy.com"), ("Alára Lagos", {"accent"}, "alaralagos.com"),
]  # fmt: skip
_RESEARCH: list[tuple[str, set[str]]] = [
    ("Mintel", set()), ("Statista", set()), ("Euromonitor International", set()), ("GlobalData", set()),
    ("Kantar", set()), ("YouGov", set()), ("Bain & Company", {"ampersand"}), ("McKinsey & Company", {"ampersand"}),
    ("The Business of Fashion and McKinsey & Company", {"ampersand", "joint"}), ("Boston Consulting Group", set()),
    ("BCG and Vestiaire Collective", {"joint", "acronym"}), ("Deloitte", set()), ("PwC", set()), ("Ernst & Young", {"ampersand"}),
    ("thredUP", {"lowercase"}), ("Yano Research Institute Ltd.", set()), ("Launchmetrics", set()), ("EDITED", {"acronym"}),
    ("WGSN", {"acronym"}), ("Stears", set()), ("Redseer Strategy Consultants", set()), ("Reuse Keizai Shimbun", set()),
]  # fmt: skip
_FASHION_PRESS = ["Drapers", "Retail Gazette", "Vogue Business", "The Business of Fashion", "WWD", "FashionUnited",
                  "Highsnobiety", "Hypebeast", "Pambianco News", "WWD Japan", "Arabian Business", "Harper's Bazaar Arabia",
                  "Vogue Arabia", "TechCabal", "Fashion Network", "Marketing Week", "Campaign"]  # fmt: skip
_NEWS = ["BBC News", "The Guardian", "Financial Times", "The Times", "Le Monde", "Les Echos", "Le Figaro",
         "Il Sole 24 Ore", "Corriere della Sera", "BusinessDay", "Punch", "Premium Times", "The Japan Times",
         "Nikkei Asia", "Gulf News", "The National", "Khaleej Times", "Reuters", "Bloomberg"]  # fmt: skip
# The groups that hold capital markets days and results presentations.
_LISTED = {"LVMH", "LVMH Moët Hennessy Louis Vuitton", "Kering", "Hermès International", "Burberry Group plc",
           "Prada S.p.A.", "Moncler S.p.A.", "Brunello Cucinelli S.p.A.", "Compagnie Financière Richemont SA",
           "Fast Retailing Co., Ltd.", "Mercari, Inc.", "Komehyo Holdings Co., Ltd.", "Valuence Holdings Inc.",
           "The RealReal, Inc.", "eBay Inc.", "Etsy, Inc.", "Marks & Spencer Group plc", "Jumia Technologies AG"}  # fmt: skip
# Legislation as candidates list it: a portal or a government as author, the instrument as title.
_LEGISLATION = [
    ("legislation.gov.uk", "Consumer Rights Act 2015", 2015, "https://www.legislation.gov.uk/ukpga/2015/15/contents"),
    ("legislation.gov.uk", "The Consumer Protection from Unfair Trading Regulations 2008", 2008, "https://www.legislation.gov.uk/uksi/2008/1277/contents"),
    ("legislation.gov.uk", "Digital Markets, Competition and Consumers Act 2024", 2024, "https://www.legislation.gov.uk/ukpga/2024/13/contents"),
    ("legislation.gov.uk", "Trade Marks Act 1994", 1994, "https://www.legislation.gov.uk/ukpga/1994/26/contents"),
    ("Légifrance", "LOI n° 2020-105 du 10 février 2020 relative à la lutte contre le gaspillage et à l'économie circulaire", 2020, "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000041553759"),
    ("Légifrance", "LOI n° 2021-1104 du 22 août 2021 portant lutte contre le dérèglement climatique", 2021, "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043956924"),
    ("Gazzetta Ufficiale", "Decreto legislativo 6 settembre 2005, n. 206: Codice del consumo", 2005, "https://www.gazzettaufficiale.it/eli/id/2005/10/08/005G0232/sg"),
    ("Federal Republic of Nigeria", "Federal Competition and Consumer Protection Act 2018", 2018, "https://fccpc.gov.ng/wp-content/uploads/2019/03/FCCPA-2018.pdf"),
    ("Japanese Law Translation", "Act against Unjustifiable Premiums and Misleading Representations (Act No. 134 of 1962)", 1962, "https://www.japaneselawtranslation.go.jp/en/laws/view/3472"),
    ("Japanese Law Translation", "Secondhand Articles Dealer Act (Act No. 108 of 1949)", 1949, "https://www.japaneselawtranslation.go.jp/en/laws/view/3807"),
    ("UAE Legislation", "Federal Law No. 15 of 2020 on Consumer Protection", 2020, "https://uaelegislation.gov.ae/en/legislations/1455"),
    ("UAE Legislation", "Federal Decree-Law No. 36 of 2021 on Trademarks", 2021, "https://uaelegislation.gov.ae/en/legislations/1530"),
    ("EUR-Lex", "Directive (EU) 2024/825 as regards empowering consumers for the green transition", 2024, "https://eur-lex.europa.eu/eli/dir/2024/825/oj"),
]  # fmt: skip


def _domain(name: str) -> str:
    """A body's web address as its name suggests it ("Comité Colbert" at comitecolbert.org)."""
    words = re.sub(r"\(.*?\)|[^A-Za-z ]", "", name.replace("é", "e").replace("è", "e").replace("à", "a")).split()
    return "".join(words[:3]).lower() + ".org"


# Kinds whose author may bring a second work of the same year: bodies, departments, groups and research firms.
_PAIRED = {"body", "government", "company-report", "market-research", "web", "press-release", "investor"}


class Blind376WorkFactory(WorkFactory):
    """The blind376 pool's works: fashion resale, rental and luxury in six countries. A subclass of WorkFactory, so
    that no other pool's corpus changes."""

    KINDS = ("book", "chapter", "journal", "report", "news", "trade-press", "web", "company-report", "investor",
             "press-release", "government", "legislation", "body", "market-research")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 41 + 376)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.classics_used: set[int] = set()
        self.dated_bodies: list[tuple[str, set[str], dict[str, Any], str]] = []
        self.acts_used: set[int] = set()

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            particle, family, given = self.rng.choice(self.rng.choice(_CULTURES))
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            particle, family, given = "", fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                particle, family = words[0], " ".join(words[1:])
            if self.rng.random() < 0.07:
                family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1990, 2009)
        return self.rng.randint(2012, 2025)

    def _day(self, year: int) -> dict[str, list[list[int]]]:
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        low = (2023, 1, 1)
        if issued is not None:
            parts = issued["date-parts"][0]
            low = max(low, (parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1))
        year = self.rng.randint(low[0], max(low[0], 2025))
        month = self.rng.randint(low[1] if year == low[0] else 1, 12)
        day = self.rng.randint(low[2] if (year, month) == low[:2] else 1, 28)
        return {"date-parts": [[year, month, max(day, 1)]]}

    def _id(self) -> str:
        self.counter += 1
        return f"w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: a consumer perspective",
            f"Why consumers turn to {topic}: evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"Understanding {topic} among young consumers in {place}",
            f"From ownership to access: {topic} in {place}",
            f"The role of {topic} in {other}",
            f"Rethinking {topic}: a systematic literature review",
            f"Trust, risk and {topic} on {self.rng.choice(['peer-to-peer platforms', 'resale marketplaces', 'rental apps', 'social commerce'])}",
            f"{topic[0].upper()}{topic[1:]} as identity work: a qualitative study in {place}",
            f"Can {topic} cannibalise new luxury sales? Evidence from {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "news", "trade-press", "web", "company-report", "investor",
             "press-release", "government", "legislation", "body", "market-research"],
            weights=[11, 5, 22, 3, 6, 8, 7, 6, 3, 3, 6, 2, 8, 9],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body's second work of a year ("ASA (2023a)" and "(2023b)"): only dated works are paired.
        same = [body for body in self.dated_bodies if body[3] == kind]
        if same and "issued" in record and kind in _PAIRED and self.rng.random() < 0.15:
            name, tags, issued, _kind = self.rng.choice(same)
            shift = issued["date-parts"][0][0] - record["issued"]["date-parts"][0][0]
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            # the years in its title move with it ("Annual report 2022" stays a year before its date)
            record["title"] = re.sub(r"\b(?:19|20)\d\d\b", lambda m: str(int(m.group()) + shift), record["title"])
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_bodies.append((name, tags, record["issued"], kind))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _classic(self, kinds: tuple[str, ...]) -> dict[str, Any] | None:
        free = [i for i, c in enumerate(_CLASSICS) if c["type"] in kinds and i not in self.classics_used]
        if not free or self.rng.random() > 0.3:
            return None
        index = self.rng.choice(free)
        self.classics_used.add(index)
        classic = _CLASSICS[index]
        record = {k: v for k, v in classic.items() if k not in ("author", "year")}
        record["author"] = [{"family": f, "given": g} for f, g in classic["author"]]
        record["issued"] = {"date-parts": [[classic["year"]]]}
        return record

    def _book(self) -> Work:
        record = self._classic(("book",))
        if record is None:
            publisher, place = self.rng.choice(_PUBLISHERS)
            subject = self.rng.choice(["Luxury brand management", "Fashion marketing", "Managing luxury retail",
                                       "Circular fashion", "Strategic fashion management", "Sustainable luxury",
                                       "Fashion retailing", "The business of resale", "Brand heritage",
                                       "Consumer behaviour in fashion", "Luxury marketing", "Fashion brand management"])  # fmt: skip
            subtitle = self.rng.choice(["a global perspective", "theory and practice", "principles and cases",
                                        f"lessons from {self.rng.choice(_PLACES)}", "an introduction",
                                        "concepts, cases and strategies", "the digital era",
                                        "from heritage to hype"])  # fmt: skip
            record = {"type": "book", "title": f"{subject}: {subtitle}", "author": self._people(4),
                      "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
            if self.rng.random() < 0.35:
                record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record = self._classic(("article-journal",))
        if record is None:
            start = self.rng.randint(1, 1400)
            record = {
                "type": "article-journal", "title": self._title(), "author": self._people(8),
                "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                "volume": str(self.rng.randint(3, 80)), "issue": str(self.rng.randint(1, 12)),
                "page": f"{start}-{start + self.rng.randint(9, 30)}",
            }  # fmt: skip
            if self.rng.random() < 0.45:
                record["DOI"] = (
                    f"10.{self.rng.choice([1108, 1016, 1002, 1057, 3390, 1080, 1111])}/{self.fakers['en_GB'].lexify('????').lower()}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 99999)}"
                )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """A consultancy's or a business school's report with named authors."""
        org, _tags = self.rng.choice(
            [*_RESEARCH, ("SDA Bocconi School of Management", set()), ("IFM", set()), ("Lagos Business School", set())]
        )
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Luxury resale market study {year}", f"The future of fashion rental {year}",
                                                        self._title(), f"True-Luxury Global Consumer Insight {year}"]),
            "author": self._people(5), "issued": {"date-parts": [[year]]}, "publisher": org.split(" (")[0],
            "publisher-place": self.rng.choice(["London", "Paris", "Milan", "Lagos", "Tokyo", "Dubai"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{org.split()[0].lower().strip(',')}.com/insights/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "report")

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": self.rng.choice(_NEWS),
            "issued": self._day(year), "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.65:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _trade_press(self) -> Work:
        year = self.year()
        press = self.rng.choice(_FASHION_PRESS)
        record: dict[str, Any] = {
            "type": self.rng.choice(["article-magazine", "article-newspaper"]), "title": self._headline(),
            "container-title": press, "issued": self._day(year),
            "URL": f"https://www.{press.lower().replace(' ', '').replace(chr(39), '')}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", press, {"press"})

    def _headline(self, house: str = "") -> str:
        house = house or self.rng.choice(["Vinted", "Depop", "Vestiaire Collective", "Hermès", "Chanel", "Burberry", "Gucci",
                                 "Prada", "Mercari", "Komehyo", "The Luxury Closet", "Ounass", "HURR", "Oxfam",
                                 "StockX", "Laced", "Selfridges", "Mulberry", "eBay", "2nd Street"])  # fmt: skip
        forms = [f"{house} bets on resale as growth slows", f"{house} profits jump as shoppers trade down",
                 f"Why {house} is courting Gen Z in {self.rng.choice(_PLACES)}",
                 f"Counterfeit crackdown: {house} steps up authentication",
                 f"{house} price rises test luxury's loyal buyers", f"Inside {house}'s push into rental",
                 f"Charity shops report record sales as {house} shoppers hunt bargains",
                 f"{house} opens flagship in {self.rng.choice(['Dubai Mall', 'Ginza', 'Via Montenapoleone', 'Victoria Island', 'Bond Street', 'Avenue Montaigne'])}",
                 f"Sneaker resale cools as {house} cuts fees", f"Regulator warns {house} over green claims"]  # fmt: skip
        return self.rng.choice(forms)

    def _web(self) -> Work:
        """A web page: a platform's help or impact page, a blog post, a brand's story page; a third undated."""
        fake = self.fakers["en_GB"]
        title = self.rng.choice([self._title(), "How authentication works", "Our impact", "Sell with us", "Rental FAQs",
                                 "Our heritage", "Circularity at a glance", "Buyer protection", "About us",
                                 "Sustainability report highlights", "How to spot a fake bag", "Pre-loved: our promise"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": fake.url() + fake.uri_path()}
        if self.rng.random() < 0.62:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags, domain = self.rng.choice(_GROUPS)
        record["URL"] = f"https://{domain}/{fake.slug()}"
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _company_report(self) -> Work:
        name, tags, domain = self.rng.choice(_GROUPS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year - 1}", f"Universal registration document {year - 1}",
                                                        f"Integrated report {year}", f"Impact report {year - 1}",
                                                        f"Annual report and accounts {year - 1}/{str(year)[2:]}",
                                                        f"Sustainability report {year - 1}", f"Circularity report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
            "publisher-place": self.rng.choice(["London", "Paris", "Milan", "Tokyo", "Dubai", "Lagos", "Vilnius"]),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = f"https://{domain}/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "company-report", name, tags | {"company"})

    def _investor(self) -> Work:
        name, tags, domain = self.rng.choice([group for group in _GROUPS if group[0] in _LISTED])
        year = self.year()
        record: dict[str, Any] = {
            "type": "speech", "title": self.rng.choice([f"Capital markets day {year}", f"H1 {year} results presentation",
                                                        f"Q{self.rng.randint(1, 4)} {year} revenue presentation",
                                                        f"FY{year} results: investor presentation"]),
            "issued": self._day(year), "URL": f"https://{domain}/investors/{self.fakers['en_GB'].slug()}",
            "genre": "Investor presentation",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "investor", name, tags | {"company"})

    def _press_release(self) -> Work:
        name, tags, domain = self.rng.choice(_GROUPS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self._headline(name.split(" (")[0].split(",")[0].removesuffix(" plc")), "issued": self._day(year),
            "URL": f"https://{domain}/press/{self.fakers['en_GB'].slug()}", "genre": "Press release",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "press-release", name, tags | {"company"})

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Retail sales, {self.rng.choice(['Great Britain', 'UK', 'France', 'Italy', 'Nigeria', 'Japan', 'Dubai'])}: {self.rng.choice(['January', 'June', 'December'])} {year}",
                                      f"Household final consumption expenditure on clothing and footwear, {year - 1}",
                                      "Consumer price index: clothing and footwear", f"Textiles and the circular economy: {year} update",
                                      f"Statistical yearbook {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.{_domain(name)}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "government", name, tags)

    def _legislation(self) -> Work:
        free = [i for i in range(len(_LEGISLATION)) if i not in self.acts_used]
        if not free:
            return self._government()
        index = self.rng.choice(free)
        self.acts_used.add(index)
        author, title, year, url = _LEGISLATION[index]
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}, "URL": url}
        record["accessed"] = self._accessed_after(record["issued"])
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage", "webpage"]),
            "title": self.rng.choice(["Guidance on environmental claims", "Misleading advertising: luxury and resale",
                                      f"Annual report {year - 1}", "Code of conduct for resellers",
                                      f"The value of the fashion industry {year}", "Counterfeit goods: advice for consumers",
                                      "Ruling on a resale platform's advertising", "Charter of good practice for rental",
                                      f"Fashion week calendar {year}", self._title()]),
            "URL": f"https://www.{_domain(name)}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org_work(record, "body", name, tags)

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(["Second-hand clothing", "Luxury goods", "Clothing rental", "Sneakers", "Pre-owned watches",
                                  "Online resale", "Charity retail", "Vintage fashion", "Personal luxury goods"])  # fmt: skip
        place = self.rng.choice(["UK", "France", "Italy", "Nigeria", "Japan", "UAE", "Middle East", "Global"])
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"{market} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                      f"{market} in {place}: market report {year}", f"{year} Resale report",
                                      f"The state of fashion {year}", f"Global powers of luxury goods {year}",
                                      f"{market} market size in {place} from 2019 to {year}",
                                      f"Luxury goods worldwide market study, Fall-Winter {year}"]),
            "publisher": name.split(" and ")[0], "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{name.split()[0].lower().strip(',')}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "market-research", name, tags | {"market-research"})
