"""Works for the "blind201" pool: what marketers in Czechia, Slovakia and their diaspora cite in CIM Level 6 and 7
reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Czech and Slovak textbooks (Grada, Management
Press, Wolters Kluwer ČR, C. H. Beck, Computer Press, Oeconomica, Iura Edition, Ekonóm, Sprint dva) with their
titles in Czech or Slovak and English in square brackets, chapters, journal articles in Czech and Slovak journals
that print English names (E+M Ekonomie a Management, Politická ekonomie, Prague Economic Papers, Ekonomický časopis)
and in international ones, theses from VŠE, Charles University, Masaryk, Comenius and EUBA, conference papers
(Hradec Economic Days, Marketing Identity, IMES, MSED), company pages and annual reports (a.s., s.r.o., spol. s r.o.),
trade bodies, regulators (ČTÚ, ČNB, ÚOOÚ, ÚOHS, ČSÚ, NBS) with two works of a year now and then, Czech and Slovak
laws with their collection numbers (Sb., Z. z.) and Czech Republic or Slovak Republic as author, research firms'
titles with a year (STEM/MARK, Median, NielsenIQ, Ipsos, Go4insight, Focus, AKO), the press signed and unsigned
(Hospodářské noviny, E15, Seznam Zprávy, Denník N, SME, Trend, The Slovak Spectator, Expats.cz), social posts,
videos, podcasts and undated pages. Names as Czech and Slovak scholars and journals print them: -ová surnames, háček
and čárka (Dvořák, Kráľ, Ďurica, Šťastná), Hungarian-Slovak names (Szabó, Tóthová), surnames without their accents
as international databases print them, double surnames of married women, Vietnamese-Czech and Ukrainian names, and
diaspora names in Vienna, London, Chicago and Toronto.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "company-report", "web", "government",
         "legislation", "trade-body", "market-research", "news", "social", "video", "podcast")  # fmt: skip

# (male, female) surname pairs: Czech, then Slovak (with Hungarian-Slovak ones), as they are printed.
_CZECH_SURNAMES = [
    ("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"),
    ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"),
    ("Němec", "Němcová"), ("Pokorný", "Pokorná"), ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"),
    ("Jelínek", "Jelínková"), ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Fiala", "Fialová"),
    ("Sedláček", "Sedláčková"), ("Doležal", "Doležalová"), ("Zeman", "Zemanová"), ("Kolář", "Kolářová"),
    ("Navrátil", "Navrátilová"), ("Čermák", "Čermáková"), ("Vaněk", "Vaňková"), ("Kříž", "Křížová"),
    ("Bartoš", "Bartošová"), ("Vlček", "Vlčková"), ("Šimek", "Šimková"), ("Štěpánek", "Štěpánková"),
    ("Kopecký", "Kopecká"), ("Konečný", "Konečná"), ("Šťastný", "Šťastná"), ("Mareš", "Marešová"),
    ("Moravec", "Moravcová"), ("Sýkora", "Sýkorová"), ("Říha", "Říhová"), ("Ševčík", "Ševčíková"),
    ("Bureš", "Burešová"), ("Hruška", "Hrušková"), ("Janda", "Jandová"), ("Hrubý", "Hrubá"), ("Kadlec", "Kadlecová"),
    ("Zelenka", "Zelenková"), ("Chalupa", "Chalupová"), ("Žák", "Žáková"), ("Vrba", "Vrbová"),
    ("Karlíček", "Karlíčková"), ("Přikryl", "Přikrylová"), ("Tahal", "Tahalová"), ("Vysekal", "Vysekalová"),
    ("Foret", "Foretová"), ("Zamazal", "Zamazalová"), ("Štědroň", "Štědroňová"), ("Bednář", "Bednářová"),
    ("Chlebovský", "Chlebovská"), ("Ulč", "Ulčová"), ("Šindelář", "Šindelářová"), ("Frýdek", "Frýdková"),
]  # fmt: skip
_SLOVAK_SURNAMES = [
    ("Horváth", "Horváthová"), ("Kováč", "Kováčová"), ("Varga", "Vargová"), ("Tóth", "Tóthová"),
    ("Nagy", "Nagyová"), ("Baláž", "Balážová"), ("Szabó", "Szabóová"), ("Molnár", "Molnárová"),
    ("Lukáč", "Lukáčová"), ("Hudák", "Hudáková"), ("Kollár", "Kollárová"), ("Oravec", "Oravcová"),
    ("Šimko", "Šimková"), ("Kmeť", "Kmeťová"), ("Ďurica", "Ďuricová"), ("Mráz", "Mrázová"), ("Hlinka", "Hlinková"),
    ("Sedlák", "Sedláková"), ("Gajdoš", "Gajdošová"), ("Kráľ", "Kráľová"), ("Ľupták", "Ľuptáková"),
    ("Chovanec", "Chovancová"), ("Bielik", "Bieliková"), ("Štefánik", "Štefániková"), ("Richter", "Richterová"),
    ("Kusý", "Kusá"), ("Rybanský", "Rybanská"), ("Matúš", "Matúšová"), ("Olšavský", "Olšavská"),
    ("Fedorko", "Fedorková"), ("Ďaďo", "Ďaďová"), ("Mikuláš", "Mikulášová"), ("Čarnogurský", "Čarnogurská"),
]  # fmt: skip
_CZECH_GIVEN = (["Jan", "Petr", "Jiří", "Tomáš", "Martin", "Pavel", "Jakub", "Lukáš", "Ondřej", "Vojtěch", "Michal",
                 "Radek", "Zdeněk", "Miroslav", "Jaroslav", "Václav", "Matěj", "Štěpán", "Libor", "Vít"],
                ["Jana", "Petra", "Lucie", "Kateřina", "Tereza", "Markéta", "Eva", "Hana", "Zuzana", "Veronika",
                 "Barbora", "Klára", "Šárka", "Radka", "Ivana", "Lenka", "Alžběta", "Dagmar", "Jitka", "Věra"])  # fmt: skip
_SLOVAK_GIVEN = (["Ján", "Peter", "Juraj", "Marek", "Michal", "Tomáš", "Martin", "Ľubomír", "Štefan", "Matúš",
                  "Dušan", "Ľuboš", "Róbert", "Miloš"],
                 ["Zuzana", "Katarína", "Mária", "Lucia", "Jana", "Ivana", "Veronika", "Andrea", "Ľubica", "Monika",
                  "Dominika", "Soňa", "Janka", "Anna"])  # fmt: skip
# Vietnamese-Czech, Ukrainian, Polish-Silesian and Roma surnames of Czechia and Slovakia, and diaspora names
# (Vienna, London, Chicago, Toronto), as they are printed on English-language papers.
_OTHER_NAMES = [
    ("Nguyen", "Thi Huong"), ("Tran", "Van Duc"), ("Pham", "Thu Trang"), ("Kovalenko", "Oksana"),
    ("Shevchenko", "Dmytro"), ("Bondarenko", "Iryna"), ("Wojcik", "Adam"), ("Sikora", "Ewa"), ("Dziedzic", "Pavel"),
    ("Lakatoš", "Marián"), ("Novak", "Michael"), ("Dvorak", "Karen"), ("Svoboda", "Daniel"), ("Cerny", "Linda"),
    ("Hajek", "Thomas"), ("Kovac", "Andrew"), ("Horvath", "Steven"), ("Prochazka", "Emily"), ("Schwarz", "Katharina"),
    ("Hofmann", "Lukas"), ("Wagner", "Julia"), ("Pichler", "Florian"), ("Smith", "Rebecca"), ("Campbell", "Ian"),
    ("Reid", "Fiona"), ("O'Brien", "Ciara"), ("MacDonald", "Ewan"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"),
]  # fmt: skip

_PUBLISHERS = [("Grada", "Praha"), ("Grada Publishing", "Praha"), ("Management Press", "Praha"),
               ("Wolters Kluwer ČR", "Praha"), ("Wolters Kluwer", "Praha"), ("C. H. Beck", "Praha"),
               ("Computer Press", "Brno"), ("Oeconomica", "Praha"), ("Karolinum", "Praha"),
               ("Masarykova univerzita", "Brno"), ("Iura Edition", "Bratislava"), ("Ekonóm", "Bratislava"),
               ("Sprint dva", "Bratislava"), ("Wolters Kluwer SR", "Bratislava"), ("Albatros Media", "Praha"),
               ("Grada", "Prague"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
               ("Wiley", "Chichester")]  # fmt: skip
# Titles as candidates copy them from a Czech or Slovak catalogue, with their own English in square brackets.
_LOCAL_TITLES = [
    ("Marketingová komunikace", "Marketing communication"), ("Moderní marketing", "Modern marketing"),
    ("Spotřebitelské chování", "Consumer behaviour"), ("Digitální marketing", "Digital marketing"),
    ("Marketingový výzkum", "Marketing research"), ("Strategický marketing", "Strategic marketing"),
    ("Značka a její budování", "Building a brand"), ("Psychologie reklamy", "The psychology of advertising"),
    ("Základy marketingu", "Principles of marketing"), ("Online marketing", "Online marketing"),
    ("Marketing služeb", "Services marketing"), ("Řízení vztahů se zákazníky", "Customer relationship management"),
    ("Obsahový marketing v praxi", "Content marketing in practice"), ("Influencer marketing v Česku", "Influencer marketing in Czechia"),
    ("Marketingová komunikácia", "Marketing communication"), ("Spotrebiteľské správanie", "Consumer behaviour"),
    ("Digitálny marketing", "Digital marketing"), ("Marketingový výskum", "Marketing research"),
    ("Manažment značky", "Brand management"), ("Elektronický obchod na Slovensku", "E-commerce in Slovakia"),
    ("Věrnostní programy v maloobchodě", "Loyalty programmes in retail"), ("Ochrana osobních údajů v marketingu", "Personal data protection in marketing"),
    ("Reklama na sociálních sítích", "Advertising on social networks"), ("Zelený marketing", "Green marketing"),
]  # fmt: skip
_ENGLISH_TOPICS = ["e-commerce in Czechia", "mobile banking in Slovakia", "brand loyalty among Czech millennials",
                   "influencer marketing on Instagram", "private labels in Czech retail", "beer brand heritage",
                   "country-of-origin effects in Central Europe", "omnichannel retail in the Visegrad countries",
                   "green claims in advertising", "generation Z and TikTok", "online reviews and Heureka ratings",
                   "quick commerce in Prague", "electric vehicle adoption in Slovakia", "telecom customer churn",
                   "cashless payments after COVID-19", "GDPR consent and email marketing", "loyalty apps",
                   "employer branding in IT firms", "Czech SMEs on marketplaces", "sponsorship of ice hockey"]  # fmt: skip
_JOURNALS = ["E+M Ekonomie a Management", "E&M Economics and Management", "Politická ekonomie", "Prague Economic Papers",
             "Ekonomický časopis", "Journal of Economics (Ekonomický časopis)", "Acta Oeconomica Pragensia",
             "Central European Business Review", "Trendy v podnikání – Business Trends", "Journal of Competitiveness",
             "Marketing Science & Inspirations", "Communication Today", "Acta Universitatis Agriculturae et Silviculturae Mendelianae Brunensis",
             "Economics & Sociology", "Journal of Business Research", "Sustainability", "International Journal of Retail & Distribution Management",
             "Journal of Retailing and Consumer Services", "Journal of Marketing Communications", "Management & Marketing"]  # fmt: skip
_UNIVERSITIES = [("Vysoká škola ekonomická v Praze", "Praha"), ("Univerzita Karlova", "Praha"),
                 ("Masarykova univerzita", "Brno"), ("Univerzita Komenského v Bratislave", "Bratislava"),
                 ("Ekonomická univerzita v Bratislave", "Bratislava"), ("Prague University of Economics and Business", "Prague"),
                 ("Vysoké učení technické v Brně", "Brno"), ("VŠB – Technická univerzita Ostrava", "Ostrava"),
                 ("Západočeská univerzita v Plzni", "Plzeň"), ("Technická univerzita v Košiciach", "Košice"),
                 ("Žilinská univerzita v Žiline", "Žilina")]  # fmt: skip
_THESIS_GENRES = ["Diplomová práce", "Bakalářská práce", "Disertační práce", "Diplomová práca", "Master's thesis",
                  "MBA thesis", "PhD thesis", "Dizertačná práca"]  # fmt: skip
_CONFERENCES = [("Hradec Economic Days", "Hradec Králové", "University of Hradec Králové"),
                ("Marketing Identity", "Trnava", "FMK UCM"),
                ("Innovation Management, Entrepreneurship and Sustainability (IMES)", "Prague", "Oeconomica"),
                ("International Days of Statistics and Economics (MSED)", "Prague", "Melandrium"),
                ("Mezinárodní Baťova konference", "Zlín", "Univerzita Tomáše Bati ve Zlíně"),
                ("Managing and Modelling of Financial Risks", "Ostrava", "VŠB-TU Ostrava"),
                ("Economic and Social Development", "Varaždin", "VADEA")]  # fmt: skip
# Organisations as Czech and Slovak reports name them as authors, with the tags that say what makes them hard.
_ORGANISATIONS: list[tuple[str, set[str], str]] = [
    ("Komerční banka, a.s.", {"company", "comma", "legal-form"}, "https://www.kb.cz"),
    ("Komerční banka", {"company"}, "https://www.kb.cz"), ("Česká spořitelna", {"company"}, "https://www.csas.cz"),
    ("ČSOB", {"company", "acronym"}, "https://www.csob.cz"), ("Tatra banka, a.s.", {"company", "comma", "legal-form"}, "https://www.tatrabanka.sk"),
    ("Slovenská sporiteľňa", {"company"}, "https://www.slsp.sk"), ("Air Bank", {"company"}, "https://www.airbank.cz"),
    ("O2 Czech Republic a.s.", {"company", "legal-form"}, "https://www.o2.cz"), ("T-Mobile Czech Republic a.s.", {"company", "legal-form"}, "https://www.t-mobile.cz"),
    ("Vodafone Czech Republic", {"company"}, "https://www.vodafone.cz"), ("Orange Slovensko", {"company"}, "https://www.orange.sk"),
    ("Slovak Telekom", {"company"}, "https://www.telekom.sk"), ("Alza.cz a.s.", {"company", "legal-form"}, "https://www.alza.cz"),
    ("Alza.cz", {"company"}, "https://www.alza.cz"), ("Rohlik Group", {"company"}, "https://www.rohlik.cz"),
    ("Notino", {"company"}, "https://www.notino.cz"), ("Kaufland Česká republika v.o.s.", {"company", "legal-form"}, "https://www.kaufland.cz"),
    ("Plzeňský Prazdroj, a. s.", {"company", "comma", "legal-form"}, "https://www.prazdroj.cz"),
    ("Budějovický Budvar, n.p.", {"company", "comma", "legal-form"}, "https://www.budvar.cz"),
    ("Heineken Slovensko", {"company"}, "https://www.heineken.sk"), ("Škoda Auto", {"company"}, "https://www.skoda-auto.com"),
    ("ŠKODA AUTO a.s.", {"company", "legal-form", "capitals"}, "https://www.skoda-auto.cz"),
    ("Kia Slovakia s.r.o.", {"company", "legal-form"}, "https://www.kia.sk"), ("Seznam.cz", {"company"}, "https://www.seznam.cz"),
    ("Kofola ČeskoSlovensko a.s.", {"company", "legal-form"}, "https://www.kofola.cz"),
    ("Procter & Gamble Czech Republic", {"company", "ampersand"}, "https://www.pg.cz"),
    ("Ernst & Young Česká republika", {"company", "ampersand"}, "https://www.ey.com/cs_cz"),
    ("McDonald's ČR", {"company", "apostrophe"}, "https://www.mcdonalds.cz"), ("Domino's Pizza Slovakia", {"company", "apostrophe"}, "https://www.dominos.sk"),
    ("Marks & Spencer Czech Republic", {"company", "ampersand"}, "https://www.marks-and-spencer.cz"),
    ("Deloitte Česká republika", {"company"}, "https://www.deloitte.com/cz"), ("PwC Česká republika", {"company"}, "https://www.pwc.com/cz"),
    ("Mall Group", {"company"}, "https://www.mallgroup.com"), ("Dr.Max", {"company", "punctuation"}, "https://www.drmax.cz"),
    ("Asociace komunikačních agentur (AKA)", {"trade-body", "abbreviation"}, "https://www.aka.cz"),
    ("Sdružení pro internetový rozvoj (SPIR)", {"trade-body", "abbreviation"}, "https://www.spir.cz"),
    ("Asociace pro elektronickou komerci (APEK)", {"trade-body", "abbreviation"}, "https://www.apek.cz"),
    ("Svaz obchodu a cestovního ruchu ČR", {"trade-body"}, "https://www.socr.cz"), ("IAB Slovakia", {"trade-body"}, "https://www.iabslovakia.sk"),
    ("Česká marketingová společnost", {"trade-body"}, "https://www.cms-cma.cz"), ("Rada pro reklamu", {"trade-body"}, "https://www.rpr.cz"),
    ("Hospodářská komora České republiky", {"trade-body"}, "https://www.komora.cz"), ("Czech Beer and Malt Association", {"trade-body"}, "https://www.ceskepivo-ceskezlato.cz"),
    ("Slovenská asociácia pre elektronický obchod (SAEO)", {"trade-body", "abbreviation"}, "https://www.saeo.sk"),
]  # fmt: skip
_COMPANIES = [organisation for organisation in _ORGANISATIONS if "company" in organisation[1]]
_BODIES = [organisation for organisation in _ORGANISATIONS if "trade-body" in organisation[1]]
_REGULATORS: list[tuple[str, set[str], str]] = [
    ("Český telekomunikační úřad (ČTÚ)", {"government", "abbreviation"}, "https://www.ctu.cz"),
    ("Český telekomunikační úřad", {"government"}, "https://www.ctu.cz"), ("ČTÚ", {"government", "acronym"}, "https://www.ctu.cz"),
    ("Česká národní banka", {"government"}, "https://www.cnb.cz"), ("Czech National Bank", {"government"}, "https://www.cnb.cz/en"),
    ("ČNB", {"government", "acronym"}, "https://www.cnb.cz"),
    ("Úřad pro ochranu osobních údajů (ÚOOÚ)", {"government", "abbreviation"}, "https://www.uoou.cz"),
    ("Office for Personal Data Protection", {"government"}, "https://www.uoou.cz/en"),
    ("Úřad pro ochranu hospodářské soutěže", {"government"}, "https://www.uohs.cz"),
    ("Český statistický úřad", {"government"}, "https://www.czso.cz"), ("Czech Statistical Office", {"government"}, "https://www.czso.cz/csu/czso/home"),
    ("Česká obchodní inspekce", {"government"}, "https://www.coi.cz"), ("Ministerstvo průmyslu a obchodu", {"government"}, "https://www.mpo.cz"),
    ("CzechInvest", {"government"}, "https://www.czechinvest.org"), ("Národná banka Slovenska", {"government"}, "https://nbs.sk"),
    ("National Bank of Slovakia (NBS)", {"government", "abbreviation"}, "https://nbs.sk/en"), ("NBS", {"government", "acronym"}, "https://nbs.sk"),
    ("Štatistický úrad Slovenskej republiky", {"government"}, "https://slovak.statistics.sk"),
    ("Úrad na ochranu osobných údajov Slovenskej republiky", {"government"}, "https://dataprotection.gov.sk"),
    ("Slovenská obchodná inšpekcia", {"government"}, "https://www.soi.sk"), ("European Commission", {"government"}, "https://commission.europa.eu"),
]  # fmt: skip
_RESEARCH = ["STEM/MARK", "Median", "NielsenIQ", "Ipsos", "Go4insight", "Focus", "AKO", "GfK Czech", "Kantar CZ",
             "NMS Market Research", "Nielsen Admosphere", "Mediaresearch", "Statista", "Euromonitor International",
             "Heureka Group"]  # fmt: skip
_RESEARCH_TITLES = ["Czech e-commerce report {y}", "Shopping Monitor {y}", "Slovak consumer barometer {y}",
                    "Digital media consumption in Czechia {y}", "Beer consumption in the Czech Republic, {y}",
                    "Banking in Czechia: customer satisfaction {y}", "Retail in Slovakia – {y}", "Trendy v nakupování {y} [Shopping trends {y}]",
                    "Mobile operators in Czechia: market share and forecast to 2030", "Generation Z in Slovakia: media habits {y}",
                    "Private label in Czech FMCG {y}", "Share of Czech adults shopping online in Q{q} {y}"]  # fmt: skip
_PRESS = [("Hospodářské noviny", "https://hn.cz"), ("E15", "https://www.e15.cz"), ("Seznam Zprávy", "https://www.seznamzpravy.cz"),
          ("iROZHLAS", "https://www.irozhlas.cz"), ("Aktuálně.cz", "https://zpravy.aktualne.cz"), ("Lidové noviny", "https://www.lidovky.cz"),
          ("Forbes Česko", "https://forbes.cz"), ("CzechCrunch", "https://cc.cz"), ("Expats.cz", "https://www.expats.cz"),
          ("Radio Prague International", "https://english.radio.cz"), ("Denník N", "https://dennikn.sk"), ("SME", "https://www.sme.sk"),
          ("Trend", "https://www.trend.sk"), ("The Slovak Spectator", "https://spectator.sme.sk"), ("Médiář", "https://www.mediar.cz"),
          ("Marketing & Media", "https://mam.cz"), ("Strategie", "https://strategie.e15.cz"), ("Financial Times", "https://www.ft.com")]  # fmt: skip
_LAWS = [
    ("Czech Republic", 2019, "110/2019 Sb.", "Zákon č. 110/2019 Sb., o zpracování osobních údajů [Act No. 110/2019 Coll., on the processing of personal data]"),
    ("Czech Republic", 1995, "40/1995 Sb.", "Zákon č. 40/1995 Sb., o regulaci reklamy [Act No. 40/1995 Coll., on the regulation of advertising]"),
    ("Czech Republic", 1992, "634/1992 Sb.", "Zákon č. 634/1992 Sb., o ochraně spotřebitele [Act No. 634/1992 Coll., on consumer protection]"),
    ("Czech Republic", 2004, "480/2004 Sb.", "Zákon č. 480/2004 Sb., o některých službách informační společnosti [Act No. 480/2004 Coll., on certain information society services]"),
    ("Czech Republic", 2012, "89/2012 Sb.", "Zákon č. 89/2012 Sb., občanský zákoník [Act No. 89/2012 Coll., the Civil Code]"),
    ("Czech Republic", 2005, "127/2005 Sb.", "Zákon č. 127/2005 Sb., o elektronických komunikacích [Act No. 127/2005 Coll., on electronic communications]"),
    ("Slovak Republic", 2018, "18/2018 Z. z.", "Zákon č. 18/2018 Z. z. o ochrane osobných údajov [Act No. 18/2018 Coll. on the protection of personal data]"),
    ("Slovak Republic", 2007, "250/2007 Z. z.", "Zákon č. 250/2007 Z. z. o ochrane spotrebiteľa [Act No. 250/2007 Coll. on consumer protection]"),
    ("Slovak Republic", 2001, "147/2001 Z. z.", "Zákon č. 147/2001 Z. z. o reklame [Act No. 147/2001 Coll. on advertising]"),
    ("Slovak Republic", 2024, "108/2024 Z. z.", "Zákon č. 108/2024 Z. z. o ochrane spotrebiteľa [Act No. 108/2024 Coll. on consumer protection]"),
    ("Národná rada Slovenskej republiky", 2022, "452/2021 Z. z.", "Zákon č. 452/2021 Z. z. o elektronických komunikáciách"),
    ("Parlament České republiky", 2021, "374/2021 Sb.", "Zákon č. 374/2021 Sb., kterým se mění zákon o ochraně spotřebitele [amending the Consumer Protection Act]"),
]  # fmt: skip
_SOCIAL = ["LinkedIn", "Instagram", "Facebook", "X", "TikTok"]
_PODCASTS = ["Marketing Mix podcast", "Vlevo dole", "Kecy a politika", "Dobré ráno", "CzechCrunch podcast",
             "Marketér podcast", "Index Tomáše Frantíka"]  # fmt: skip


def _plain(text: str) -> str:
    """A name without its accents, as some international databases print Czech and Slovak names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class Blind201WorkFactory(WorkFactory):
    """The blind201 pool's works (see the module's docstring). A subclass, so the other halves are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 201201)
        for index, locale in enumerate(["cs_CZ", "sk_SK"]):
            fake = Faker(locale)
            fake.seed_instance(seed * 223 + index)
            self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any], str]] = []
        self.laws = list(_LAWS)

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            family, given = self.rng.choice(_OTHER_NAMES)
            return {"family": family, "given": given}
        if roll < 0.18:
            return super().person()
        slovak = self.rng.random() < 0.4
        surnames, given_names = (_SLOVAK_SURNAMES, _SLOVAK_GIVEN) if slovak else (_CZECH_SURNAMES, _CZECH_GIVEN)
        female = self.rng.random() < 0.5
        family = self.rng.choice(surnames)[1 if female else 0]
        given = self.rng.choice(given_names[1 if female else 0])
        roll = self.rng.random()
        if female and roll < 0.06:  # a married woman's double surname, as Czech and Slovak records print it
            family = f"{family} {self.rng.choice(surnames)[1]}"
        elif female and roll < 0.09:
            family = f"{family}-{self.rng.choice(surnames)[1]}"
        elif roll < 0.2:  # as Scopus and international journals print it
            family, given = _plain(family), _plain(given)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags, _url = self.rng.choice(_ORGANISATIONS + _REGULATORS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1990, 2004)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = max(2022, issued[0]) if issued else 2022
        year = self.rng.randint(start, max(start, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        date = [year, month, day]
        if issued and date[: len(issued)] < issued:
            date = [issued[0], issued[1] if len(issued) > 1 else 12, 28]
        return {"date-parts": [date]}

    def _title(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            local, english = self.rng.choice(_LOCAL_TITLES)
            return f"{local} [{english}]" if self.rng.random() < 0.7 else local
        topic = self.rng.choice(_ENGLISH_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from Czech consumers", f"The impact of {topic} on brand equity",
                 f"{topic[0].upper()}{topic[1:]} in Slovakia", f"Determinants of {topic}: a PLS-SEM study",
                 f"Rethinking {topic}", f"{topic[0].upper()}{topic[1:]} and customer loyalty",
                 f"What drives {topic}? Evidence from the Czech Republic"]  # fmt: skip
        return self.rng.choice(forms)

    def _dated(self, full: bool = False) -> dict[str, list[list[int]]]:
        year = self.year()
        if full:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _online(self, record: dict[str, Any], url: str) -> dict[str, Any]:
        record["URL"] = url
        issued = record["issued"]["date-parts"][0] if "issued" in record else None
        record["accessed"] = self._accessed_after(issued)
        return record

    def _slug(self) -> str:
        return self.fakers["en_GB"].slug()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "report", "company-report", "web", "government",
             "legislation", "trade-body", "market-research", "news", "social", "video", "podcast"],
            weights=[13, 5, 20, 5, 4, 3, 6, 8, 7, 4, 4, 7, 8, 3, 2, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("ČNB, 2023a" and "2023b").
        earlier = [o for o in self.organisations if o[3] == kind]
        if (
            earlier
            and "issued" in record
            and kind not in ("legislation", "market-research", "company-report")
            and self.rng.random() < 0.25
        ):
            name, tags, issued, _kind = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind in ("report", "company-report"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _pair(self, kind: str) -> tuple[str, set[str], int] | None:
        """An earlier organisation of this kind and its year, for a second work of the same year, now and then."""
        earlier = [o for o in self.organisations if o[3] == kind]
        if earlier and self.rng.random() < 0.25:
            name, tags, issued, _kind = self.rng.choice(earlier)
            return name, tags, issued["date-parts"][0][0]
        return None

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._dated(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        local, english = self.rng.choice(_LOCAL_TITLES)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"{local} [{english}]" if self.rng.random() < 0.5 else f"Marketing in Central Europe: {self.rng.choice(_ENGLISH_TOPICS)}",
            "issued": self._dated(), "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated(),
            "volume": str(self.rng.randint(1, 75)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['15240', '18267', '31577', '7441', '3390'])}/{self.rng.choice(['tul', 'pep', 'aop', 'joc', 'su'])}/{record['issued']['date-parts'][0][0]}-{self.rng.randint(1, 4)}-{self.rng.randint(1, 40):03d}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": self._dated(), "genre": self.rng.choice(_THESIS_GENRES),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            self._online(
                record,
                f"https://dspace.{self.rng.choice(['cuni.cz', 'vse.cz', 'is.muni.cz', 'opac.crzp.sk'])}/{self._slug()}",
            )
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place, publisher = self.rng.choice(_CONFERENCES)
        issued = self._dated()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {name} {issued['date-parts'][0][0]}", "issued": issued,
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(6, 12)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _report(self) -> Work:
        """A working paper or study with named authors (ČNB, NBS, VŠE, think tanks)."""
        publisher, place = self.rng.choice([("Česká národní banka", "Praha"), ("Národná banka Slovenska", "Bratislava"),
                                            ("Czech National Bank", "Prague"), ("CERGE-EI", "Prague"),
                                            ("Institut finanční politiky", "Bratislava"), ("IDEA CERGE-EI", "Praha")])  # fmt: skip
        issued = self._dated()
        record: dict[str, Any] = {"type": "report", "title": f"{self._title()}. Working Paper {self.rng.randint(1, 12)}/{issued['date-parts'][0][0]}",
                                  "author": self._people(4), "issued": issued, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            self._online(
                record, f"https://www.{self.rng.choice(['cnb.cz', 'nbs.sk', 'cerge-ei.cz'])}/{self._slug()}.pdf"
            )
        return self._person_work(record, "report")

    def _company_report(self) -> Work:
        name, tags, url = self.rng.choice(_COMPANIES)
        issued = self._dated()
        if (paired := self._pair("company-report")) is not None:
            name, tags, year = paired
            url = next(u for n, _t, u in _COMPANIES if n == name)
            issued = {"date-parts": [[year]]}
        year = issued["date-parts"][0][0]
        title = self.rng.choice([f"Výroční zpráva {year - 1} [Annual report {year - 1}]", f"Annual Report {year - 1}",
                                 f"Sustainability report {year - 1}", f"Zpráva o udržitelnosti {year - 1}",
                                 f"Výročná správa {year - 1}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": issued, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Praha", "Prague", "Bratislava", "Brno", "Plzeň", "Mladá Boleslav"])}  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, f"{url}/{self._slug()}.pdf")
        return self._org_work(record, "company-report", name, tags)

    def _web_page(self, pool: list[tuple[str, set[str], str]], kind: str) -> Work:
        name, tags, url = self.rng.choice(pool)
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.75:
            record["issued"] = self._dated()
        else:
            tags = tags | {"undated"}
        self._online(record, f"{url}/{self._slug()}")
        return self._org_work(record, kind, name, tags)

    def _web(self) -> Work:
        return self._web_page(_COMPANIES, "web")

    def _government(self) -> Work:
        work = self._web_page(_REGULATORS, "government")
        if self.rng.random() < 0.4:
            work.record["type"] = "report"
        return work

    def _trade_body(self) -> Work:
        return self._web_page(_BODIES, "trade-body")

    def _legislation(self) -> Work:
        law = self.rng.choice(self.laws)
        if len(self.laws) > 1:  # one report cites a law once
            self.laws.remove(law)
        author, year, number, title = law
        site = (
            "https://www.zakonyprolidi.cz/cs/"
            if number.endswith("Sb.")
            else "https://www.slov-lex.sk/pravne-predpisy/SK/ZZ/"
        )
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}}
        self._online(record, f"{site}{year}/{number.split('/')[0]}")
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        issued = self._dated() if self.rng.random() < 0.9 else None
        if issued and (paired := self._pair("market-research")) is not None:
            name, issued = paired[0], {"date-parts": [[paired[2]]]}
        y = issued["date-parts"][0][0] if issued else 2024
        title = self.rng.choice(_RESEARCH_TITLES).format(y=y, q=self.rng.randint(1, 4))
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name}
        if issued:
            record["issued"] = issued
        self._online(record, f"https://www.{name.split()[0].split('/')[0].lower()}.cz/{self._slug()}")
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._dated(full=True)}  # fmt: skip
        self._online(record, f"{url}/{self._slug()}")
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(_SOCIAL)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [{platform} post]",
                                  "container-title": platform, "issued": self._dated(full=True)}  # fmt: skip
        self._online(record, f"https://www.{platform.lower()}.com/{self._slug()}")
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags, _url = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [YouTube video]",
                                  "issued": self._dated(full=True)}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}")
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags, _url = self.rng.choice(_ORGANISATIONS)
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        show = self.rng.choice(_PODCASTS)
        record: dict[str, Any] = {"type": "webpage", "title": f"Episode {self.rng.randint(2, 240)}: {self._title()} [Podcast]",
                                  "container-title": show, "author": self._people(2), "issued": self._dated(full=True)}  # fmt: skip
        self._online(record, f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}")
        return self._person_work(record, "podcast")
