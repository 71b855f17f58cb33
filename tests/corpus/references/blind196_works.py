"""Works for the blind196 pool (HELD OUT): what marketers in Poland and the Polish diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates on CIM Level 6 and 7 courses and MBAs
in Warszawa, Kraków, Poznań, Wrocław, Gdańsk, Łódź and Katowice, and Poles in London, Dublin, Chicago, New York,
Toronto, Berlin, Oslo and Reykjavík, cite Polish textbooks and translations (PWN, PWE, Difin, Helion, Rebis) beside
English ones, e-books, chapters, articles in Polish and international journals with one to eight authors (some
with a DOI), theses from SGH, the Poznań University of Economics and Business, Kozminski, the Kraków University of
Economics, the universities of Warsaw, Łódź and Gdańsk and the Jagiellonian, conference papers, company pages and
reports (S.A., sp. z o.o., spółdzielnia, fundacja, stowarzyszenie), regulators (UODO, UOKiK, KNF, UKE, KRRiT, GUS,
NBP) and laws with the Sejm or Poland as author ("Ustawa z dnia 10 maja 2018 r. ... (Dz.U. 2018 poz. 1000)"),
research firms' titles with a year (Gemius, PBI, Kantar Polska, CBOS, IBRiS), the Polish and diaspora press signed
and unsigned, social posts, podcasts, videos and undated pages; Polish titles with English in square brackets.
Names: feminine -ska/-cka/-dzka forms, hyphenated double surnames, diacritics written and dropped, Silesian,
Kashubian, Ukrainian-, Belarusian-, Jewish- and Vietnamese-Polish names, anglicised diaspora names and
expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# Surnames with a masculine and a feminine form (-ski/-ska, -cki/-cka, -dzki/-dzka).
_GENDERED = [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
             ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"),
             ("Kwiatkowski", "Kwiatkowska"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
             ("Nowakowski", "Nowakowska"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"),
             ("Nowicki", "Nowicka"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
             ("Zawadzki", "Zawadzka"), ("Wysocki", "Wysocka"), ("Czarnecki", "Czarnecka"), ("Rudzki", "Rudzka"),
             ("Górecki", "Górecka"), ("Jabłoński", "Jabłońska"), ("Sikorski", "Sikorska"), ("Ostrowski", "Ostrowska"),
             ("Malinowski", "Malinowska"), ("Brzeziński", "Brzezińska"), ("Gołębiowski", "Gołębiowska"),
             ("Wróblewski", "Wróblewska"), ("Chmielewski", "Chmielewska"), ("Kowalski", "Kowalska"),
             ("Wojciechowski", "Wojciechowska"), ("Sadowski", "Sadowska"), ("Śliwiński", "Śliwińska"),
             ("Żółtowski", "Żółtowska"), ("Kołaczkowski", "Kołaczkowska"), ("Gładzki", "Gładzka")]  # fmt: skip
_INVARIANT = ["Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król",
              "Wieczorek", "Wróbel", "Dudek", "Pietrzak", "Walczak", "Stępień", "Baran", "Szewczyk", "Duda",
              "Sikora", "Kubiak", "Błaszczyk", "Kołodziej", "Sowa", "Gąsior", "Żak", "Łuczak", "Ślusarczyk",
              "Świątek", "Żurek", "Marczak", "Jaworek", "Bąk", "Cieślak", "Głowacz", "Maj", "Lis", "Kuś"]  # fmt: skip
_MALE = ["Łukasz", "Paweł", "Michał", "Wojciech", "Tomasz", "Krzysztof", "Grzegorz", "Jędrzej", "Maciej",
         "Bartłomiej", "Przemysław", "Rafał", "Marcin", "Piotr", "Jakub", "Kacper", "Szymon", "Mikołaj", "Andrzej",
         "Stanisław", "Zbigniew", "Radosław", "Sławomir", "Jarosław", "Dariusz", "Witold", "Adam", "Jan Paweł"]  # fmt: skip
_FEMALE = ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Magdalena", "Anna", "Ewa", "Zofia", "Urszula",
           "Bożena", "Dorota", "Jadwiga", "Aleksandra", "Justyna", "Beata", "Iwona", "Marta", "Kinga", "Weronika",
           "Agata", "Grażyna", "Elżbieta", "Anna Maria", "Monika", "Paulina", "Żaneta", "Barbara"]  # fmt: skip
# Regional and minority names of Poland: Silesian, Kashubian, Ukrainian-, Belarusian-, Jewish- and Vietnamese-Polish.
_REGIONAL = [("Kandzia", "Józef"), ("Pyka", "Teresa"), ("Kowol", "Henryk"), ("Świerc", "Ewald"), ("Wloka", "Gerard"),
             ("Kubica", "Alojzy"), ("Gajda", "Brygida"), ("Mrozek", "Hubert"),  # Silesian
             ("Formela", "Kazimierz"), ("Necel", "Bożena"), ("Labuda", "Gerard"), ("Kreft", "Danuta"),
             ("Bigus", "Tomasz"), ("Recław", "Jan"), ("Drewa", "Aleksandra"),  # Kashubian
             ("Kovalenko", "Oksana"), ("Kowalenko", "Olena"), ("Shevchenko", "Taras"), ("Szewczenko", "Iryna"),
             ("Tkachuk", "Mykola"), ("Tkaczuk", "Andrij"), ("Melnyk", "Yuliia"), ("Hnatiuk", "Dmytro"),
             ("Bondarenko", "Olha"), ("Savchuk", "Natalia"),  # Ukrainian-Polish
             ("Bahdanowicz", "Siarhei"), ("Karpowicz", "Volha"), ("Marozau", "Aliaksandr"), ("Sidarenka", "Hanna"),
             ("Hryb", "Uladzimir"),  # Belarusian-Polish
             ("Rosenthal", "Dawid"), ("Finkelstein", "Miriam"), ("Szpilman", "Aleksander"), ("Rotblat", "Hanna"),
             ("Bursztyn", "Adam"), ("Lipszyc", "Ruth"), ("Frenkel", "Henryk"),  # Jewish-Polish
             ("Nguyen", "Thi Huong"), ("Nguyễn", "Văn Minh"), ("Tran", "Thi Mai"), ("Pham", "Minh Duc"),
             ("Le", "Quang Anh"), ("Hoang", "Ngoc Lan"), ("Vu", "Thanh Ha")]  # fmt: skip
# Diaspora spellings: anglicised surnames and given names in Chicago, New York, Toronto, London and Dublin.
_DIASPORA = [("Dombrowski", "Stanley"), ("Wisniewski", "Theresa"), ("Kowalsky", "Walter"), ("Shimansky", "Edward"),
             ("Lewandowski", "Casimir"), ("Wojciechowski", "Chester"), ("Kaczmarek", "Kate"), ("Zielinski", "Matt"),
             ("Kozlowski", "Chris"), ("Jankowsky", "Barbara"), ("Ptaszynski", "Mike"), ("Wozniak", "Steve"),
             ("Nowak", "Gosia"), ("Piotrowski", "Peter"), ("Grabowski", "Margaret"), ("Kwiatkowski", "Joe"),
             ("Sobieski", "Natalie"), ("Zaremba", "Kasia"), ("Pulaski", "Thomas"), ("Mazur", "Jessica")]  # fmt: skip
# Expatriates and international authors writing about Polish and central European markets.
_EXPAT_LOCALES = ["en_GB", "en_GB", "en_IE", "en_US", "de_DE", "no_NO", "is_IS", "en_CA"]
_PARTICLED = [("de", "Virion", "Jacek"), ("von", "Hochberg", "Klara"), ("van der", "Meer", "Joost"),
              ("de", "Rosset", "Tomasz")]  # fmt: skip

_PL_TOPICS = [
    ("lojalność klientów w bankowości mobilnej", "customer loyalty in mobile banking"),
    ("płatności BLIK a zachowania konsumentów", "BLIK payments and consumer behaviour"),
    ("marki własne sieci dyskontowych", "discount chains' private labels"),
    ("marketing w mediach społecznościowych", "social media marketing"),
    ("influencer marketing w Polsce", "influencer marketing in Poland"),
    ("zakupy w sklepach convenience", "convenience store shopping"),
    ("dostawy do automatów paczkowych", "parcel locker deliveries"),
    ("patriotyzm konsumencki", "consumer ethnocentrism"),
    ("komunikacja marek piwnych", "beer brand communication"),
    ("personalizacja oferty w e-commerce", "personalisation in e-commerce"),
    ("wizerunek marki pracodawcy", "employer branding"),
    ("reklama natywna w serwisach informacyjnych", "native advertising on news sites"),
    ("programy lojalnościowe w handlu detalicznym", "loyalty programmes in retail"),
    ("zielone deklaracje marketingowe", "green marketing claims"),
    ("pokolenie Z jako konsumenci", "Generation Z as consumers"),
    ("marketing polonijny", "marketing to the Polish diaspora"),
    ("społeczna odpowiedzialność biznesu", "corporate social responsibility"),
    ("zgody marketingowe po RODO", "marketing consent after the GDPR"),
]  # fmt: skip
_EN_TOPICS = ["BLIK and the cashless shift", "private labels in Polish discounters", "parcel lockers and last-mile loyalty",
              "consumer ethnocentrism", "mobile banking adoption", "influencer disclosure",
              "the Sunday trading ban", "convenience formats", "omnichannel fashion retail", "alcohol advertising limits",
              "employer branding in CEE", "diaspora consumers", "social commerce", "green claims",
              "Generation Z and fintech", "loyalty apps", "price promotions and inflation", "retail media networks",
              "cause-related marketing", "gaming brands and fandom"]  # fmt: skip
_REGIONS = ["Poland", "Central and Eastern Europe", "the CEE region", "the Polish diaspora in the UK", "Chicago's Polonia",
            "Polish cities", "a post-transition economy", "Poland and Czechia"]  # fmt: skip
_GROUPS_OF = ["Polish", "Polish Gen Z", "Polish-born UK", "Polish-American", "urban Polish", "Polish banking",
              "Polish-Irish", "Silesian"]  # fmt: skip
_PL_JOURNALS = ["Handel Wewnętrzny", "Marketing i Rynek", "Przegląd Organizacji", "Gospodarka Narodowa",
                "Problemy Zarządzania", "Zeszyty Naukowe Uniwersytetu Ekonomicznego w Krakowie", "Ekonomista",
                "Journal of Marketing and Consumer Behaviour in Emerging Markets", "Central European Management Journal",
                "Central European Business Review", "Journal of Management and Business Administration. Central Europe",
                "Economics and Business Review", "International Journal of Management and Economics",
                "Journal of Business Research", "International Journal of Bank Marketing",
                "Journal of Retailing and Consumer Services", "Sustainability", "Journal of International Marketing",
                "Eastern European Economics", "Journal of Consumer Behaviour", "European Journal of Marketing",
                "Post-Communist Economies"]  # fmt: skip
_PUBLISHERS = [("Wydawnictwo Naukowe PWN", "Warszawa"), ("PWE", "Warszawa"), ("Difin", "Warszawa"),
               ("CeDeWu", "Warszawa"), ("Wolters Kluwer Polska", "Warszawa"), ("Helion", "Gliwice"),
               ("Onepress", "Gliwice"), ("Rebis", "Poznań"), ("MT Biznes", "Warszawa"), ("Poltext", "Warszawa"),
               ("Wydawnictwo Uniwersytetu Łódzkiego", "Łódź"), ("Wydawnictwo Uniwersytetu Ekonomicznego w Krakowie", "Kraków"),
               ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"),
               ("Springer", "Cham"), ("Edward Elgar", "Cheltenham"), ("Sage", "London"), ("Wiley", "Hoboken, NJ")]  # fmt: skip
_UNIVERSITIES = [("SGH Warsaw School of Economics", "Warsaw"), ("Szkoła Główna Handlowa w Warszawie", "Warszawa"),
                 ("Poznań University of Economics and Business", "Poznań"), ("Uniwersytet Ekonomiczny w Poznaniu", "Poznań"),
                 ("Kozminski University", "Warsaw"), ("Akademia Leona Koźmińskiego", "Warszawa"),
                 ("Kraków University of Economics", "Kraków"), ("Uniwersytet Ekonomiczny w Krakowie", "Kraków"),
                 ("University of Warsaw", "Warsaw"), ("Jagiellonian University", "Kraków"),
                 ("Uniwersytet Jagielloński", "Kraków"), ("University of Łódź", "Łódź"), ("Uniwersytet Gdański", "Gdańsk"),
                 ("University of Gdańsk", "Sopot"), ("University of Chicago Booth School of Business", "Chicago"),
                 ("University College Dublin", "Dublin")]  # fmt: skip
_THESIS = ["Master's thesis", "MBA dissertation", "PhD thesis", "Praca magisterska [Master's thesis]",
           "Rozprawa doktorska [Doctoral dissertation]", "Unpublished MBA project"]  # fmt: skip
_CONFERENCES = ["Proceedings of the 41st International Business Information Management Association Conference",
                "Proceedings of the European Marketing Academy (EMAC) Annual Conference",
                "Marketing przyszłości: trendy, strategie, instrumenty [Marketing of the future: trends, strategies, tools]",
                "Proceedings of the Central European Conference on Finance and Economics",
                "Zarządzanie i marketing w erze cyfrowej [Management and marketing in the digital era]",
                "Proceedings of the 8th Conference on Business and Management (CBM)"]  # fmt: skip
# Organisations as Polish and diaspora candidates write them as authors, with tags saying what makes them hard.
_COMPANIES: list[tuple[str, set[str], str]] = [
    ("PKO Bank Polski S.A.", {"company", "legal-form"}, "pkobp.pl"), ("PKO Bank Polski", {"company"}, "pkobp.pl"),
    ("Bank Pekao S.A.", {"company", "legal-form"}, "pekao.com.pl"), ("mBank S.A.", {"company", "lowercase", "legal-form"}, "mbank.pl"),
    ("mBank", {"company", "lowercase"}, "mbank.pl"), ("Santander Bank Polska S.A.", {"company", "legal-form"}, "santander.pl"),
    ("ING Bank Śląski S.A.", {"company", "legal-form"}, "ing.pl"), ("Bank Millennium", {"company"}, "bankmillennium.pl"),
    ("Alior Bank", {"company"}, "aliorbank.pl"), ("Polski Standard Płatności sp. z o.o.", {"company", "legal-form"}, "blik.com"),
    ("BLIK", {"company", "acronym"}, "blik.com"), ("Revolut", {"company"}, "revolut.com"), ("Twisto Polska sp. z o.o.", {"company", "legal-form"}, "twisto.pl"),
    ("PZU S.A.", {"company", "acronym", "legal-form"}, "pzu.pl"), ("Grupa PZU", {"company"}, "pzu.pl"), ("TUiR Warta S.A.", {"company", "legal-form"}, "warta.pl"),
    ("Orange Polska S.A.", {"company", "legal-form"}, "orange.pl"), ("P4 sp. z o.o.", {"company", "legal-form"}, "play.pl"),
    ("Polkomtel sp. z o.o.", {"company", "legal-form"}, "plus.pl"), ("T-Mobile Polska S.A.", {"company", "hyphen", "legal-form"}, "t-mobile.pl"),
    ("Allegro.eu", {"company", "domain"}, "allegro.pl"), ("Grupa Allegro sp. z o.o.", {"company", "legal-form"}, "allegro.pl"),
    ("Jerónimo Martins Polska S.A.", {"company", "legal-form"}, "biedronka.pl"), ("Biedronka", {"company"}, "biedronka.pl"),
    ("Lidl Polska", {"company"}, "lidl.pl"), ("Żabka Polska sp. z o.o.", {"company", "legal-form"}, "zabka.pl"), ("Żabka Group", {"company"}, "zabkagroup.com"),
    ("Dino Polska S.A.", {"company", "legal-form"}, "grupadino.pl"), ("Rossmann SDP sp. z o.o.", {"company", "legal-form"}, "rossmann.pl"),
    ("LPP S.A.", {"company", "acronym", "legal-form"}, "lpp.com"), ("CCC S.A.", {"company", "acronym", "legal-form"}, "ccc.eu"),
    ("Empik S.A.", {"company", "legal-form"}, "empik.com"), ("Media Expert", {"company"}, "mediaexpert.pl"),
    ("x-kom", {"company", "lowercase"}, "x-kom.pl"), ("InPost S.A.", {"company", "legal-form"}, "inpost.pl"), ("InPost", {"company"}, "inpost.pl"),
    ("OLX Polska", {"company"}, "olx.pl"), ("Vinted", {"company"}, "vinted.pl"), ("Grupa Maspex", {"company"}, "maspex.com"),
    ("E. Wedel", {"company", "initial"}, "wedel.pl"), ("Wawel S.A.", {"company", "legal-form"}, "wawel.com.pl"),
    ("Spółdzielnia Mleczarska Mlekovita", {"company", "cooperative"}, "mlekovita.com.pl"),
    ("Spółdzielnia Mleczarska Mlekpol", {"company", "cooperative"}, "mlekpol.com.pl"),
    ("Sokołów S.A.", {"company", "legal-form"}, "sokolow.pl"), ("Grupa Żywiec S.A.", {"company", "legal-form"}, "grupazywiec.pl"),
    ("Kompania Piwowarska S.A.", {"company", "legal-form"}, "kp.pl"), ("CD PROJEKT S.A.", {"company", "capitals", "legal-form"}, "cdprojekt.com"),
    ("Techland", {"company"}, "techland.net"), ("ORLEN S.A.", {"company", "capitals", "legal-form"}, "orlen.pl"),
    ("PLL LOT S.A.", {"company", "acronym", "legal-form"}, "lot.com"), ("LOT Polish Airlines", {"company"}, "lot.com"),
    ("PKP Intercity S.A.", {"company", "legal-form"}, "intercity.pl"), ("Wizz Air", {"company"}, "wizzair.com"),
    ("Inglot", {"company"}, "inglotcosmetics.com"), ("Ziaja", {"company"}, "ziaja.com"), ("Booksy", {"company"}, "booksy.com"),
    ("DocPlanner Group", {"company"}, "docplanner.com"), ("ZnanyLekarz", {"company"}, "znanylekarz.pl"), ("Brainly", {"company"}, "brainly.com"),
    ("Pyszne.pl", {"company", "domain"}, "pyszne.pl"), ("Bolt", {"company"}, "bolt.eu"),
    ("VMLY&R Poland", {"agency", "ampersand"}, "vmlyr.pl"), ("DDB Warszawa", {"agency", "acronym"}, "ddb.pl"),
    ("Saatchi & Saatchi Poland", {"agency", "ampersand"}, "saatchi.pl"), ("Change Group", {"agency"}, "changegroup.pl"),
    ("Papaya Films", {"agency"}, "papayafilms.com"),
    ("Fundacja Wielka Orkiestra Świątecznej Pomocy", {"foundation"}, "wosp.org.pl"),
    ("Fundacja Rozwoju Obrotu Bezgotówkowego", {"foundation"}, "frob.pl"),
]  # fmt: skip
_BODIES: list[tuple[str, set[str], str]] = [
    ("Urząd Ochrony Danych Osobowych (UODO)", {"regulator", "abbreviation"}, "uodo.gov.pl"),
    ("UODO", {"regulator", "acronym"}, "uodo.gov.pl"), ("Urząd Ochrony Konkurencji i Konsumentów", {"regulator"}, "uokik.gov.pl"),
    ("UOKiK", {"regulator", "acronym", "mixed-case"}, "uokik.gov.pl"),
    ("Komisja Nadzoru Finansowego (KNF)", {"regulator", "abbreviation"}, "knf.gov.pl"),
    ("Urząd Komunikacji Elektronicznej", {"regulator"}, "uke.gov.pl"), ("UKE", {"regulator", "acronym"}, "uke.gov.pl"),
    ("Krajowa Rada Radiofonii i Telewizji (KRRiT)", {"regulator", "abbreviation"}, "krrit.gov.pl"),
    ("Główny Urząd Statystyczny", {"government"}, "stat.gov.pl"), ("GUS", {"government", "acronym"}, "stat.gov.pl"),
    ("Statistics Poland", {"government"}, "stat.gov.pl"), ("Narodowy Bank Polski", {"government"}, "nbp.pl"),
    ("NBP", {"government", "acronym"}, "nbp.pl"), ("Ministerstwo Cyfryzacji", {"government"}, "gov.pl/web/cyfryzacja"),
    ("Polski Instytut Ekonomiczny", {"government"}, "pie.net.pl"),
    ("Office for National Statistics", {"government"}, "ons.gov.uk"), ("Central Statistics Office", {"government"}, "cso.ie"),
    ("Statistics Canada", {"government"}, "statcan.gc.ca"), ("Statistics Norway", {"government"}, "ssb.no"),
    ("European Commission", {"government"}, "commission.europa.eu"),
    ("Związek Stowarzyszeń Rada Reklamy", {"trade-body"}, "radareklamy.pl"), ("Rada Reklamy", {"trade-body"}, "radareklamy.pl"),
    ("IAB Polska", {"trade-body", "acronym"}, "iab.org.pl"), ("Związek Banków Polskich (ZBP)", {"trade-body", "abbreviation"}, "zbp.pl"),
    ("Polska Izba Handlu", {"trade-body"}, "pih.org.pl"), ("Izba Gospodarki Elektronicznej", {"trade-body"}, "eizba.pl"),
    ("Stowarzyszenie Komunikacji Marketingowej SAR", {"trade-body"}, "sar.org.pl"),
    ("Stowarzyszenie Marketingu Bezpośredniego", {"trade-body"}, "smb.pl"),
    ("Polish Chamber of Commerce in Chicago", {"trade-body"}, "polishchamber.org"),
    ("British Polish Chamber of Commerce", {"trade-body"}, "bpcc.org.pl"),
]  # fmt: skip
_BODY_TITLES = {
    "UODO": ["Poradnik: RODO w marketingu [Guide: the GDPR in marketing]", "Decyzja DKN.5131.{n}.{y} [Decision]",
             "Sprawozdanie z działalności Prezesa UODO w {y} r. [Annual report of the President of the UODO]"],
    "UOKiK": ["Rekomendacje Prezesa UOKiK dotyczące oznaczania treści reklamowych przez influencerów [Recommendations on labelling influencer advertising]",
              "Decyzja nr DOIK-{q}/{y} [Decision]", "Raport: zielone deklaracje w reklamie [Report: green claims in advertising]"],
    "KNF": ["Raport o sytuacji banków w {y} r. [Report on the condition of banks in {y}]", "Rekomendacja D [Recommendation D]"],
    "UKE": ["Raport o stanie rynku telekomunikacyjnego w Polsce w {y} roku [Report on the telecommunications market in Poland in {y}]",
            "Badanie konsumenckie rynku telekomunikacyjnego {y} [Consumer survey of the telecoms market]"],
    "KRRiT": ["Sprawozdanie KRRiT z działalności w {y} r. [KRRiT annual report]", "Odbiór radia i telewizji w Polsce {y} [Radio and TV reception in Poland]"],
    "GUS": ["Społeczeństwo informacyjne w Polsce w {y} r. [Information society in Poland in {y}]",
            "Rocznik Statystyczny Rzeczypospolitej Polskiej {y} [Statistical Yearbook of the Republic of Poland]",
            "Informacja o rozmiarach i kierunkach emigracji z Polski w latach 2004–{y} [Emigration from Poland, 2004–{y}]"],
    "NBP": ["Zwyczaje płatnicze w Polsce w {y} r. [Payment habits in Poland in {y}]", "Raport o stabilności systemu finansowego [Financial stability report]"],
    "MC": ["Strategia cyfryzacji Polski do 2035 r. [Poland's digital strategy to 2035]", "Program Rozwoju Szerokopasmowego Internetu [Broadband programme]"],
    "PIE": ["Tygodnik Gospodarczy PIE nr {q}/{y} [PIE economic weekly]", "Polska gospodarka po pandemii [The Polish economy after the pandemic]"],
    "ONS": ["Population of the UK by country of birth and nationality: year ending June {y}", "Migration statistics: Polish-born residents in England and Wales"],
    "CSO": ["Census {y} profile: non-Irish nationalities", "Polish nationals in Ireland: PPSN allocations {y}"],
    "StatCan": ["Ethnic origin of the population of Toronto, Census {y}"],
    "SSB": ["Immigrants and Norwegian-born to immigrant parents {y}"],
    "EC": ["Digital Economy and Society Index (DESI) {y}: Poland", "Consumer Conditions Scoreboard {y}"],
    "Rada": ["Kodeks Etyki Reklamy [Code of Advertising Ethics]", "Sprawozdanie z działalności za {y} rok [Annual report]"],
    "IAB": ["Internet {y}/{y1}: raport strategiczny IAB Polska", "AdEx {y}: wydatki na reklamę online [Online adspend]",
            "Influencer marketing w Polsce {y} [Influencer marketing in Poland]"],
    "ZBP": ["Raport NetB@nk: Q{q} {y}", "Bankowość w Polsce {y} [Banking in Poland]"],
    "PIH": ["Handel w Polsce {y} [Retail in Poland]"], "eIzba": ["Omni-commerce. Kupuję wygodnie {y} [Omni-commerce report]"],
    "SAR": ["Kodeks dobrych praktyk w komunikacji marketingowej [Code of good practice]", "Raport SAR {y}"],
    "SMB": ["Marketing bezpośredni w Polsce {y} [Direct marketing in Poland]"],
    "Chamber": ["Polish-American business in Chicagoland {y}", "Doing business in Poland: a guide for investors"],
}  # fmt: skip
_GROUPS = [("Danych", "UODO"), ("UODO", "UODO"), ("UOKiK", "UOKiK"), ("Konkurencji", "UOKiK"), ("KNF", "KNF"),
           ("Komunikacji", "UKE"), ("UKE", "UKE"), ("KRRiT", "KRRiT"), ("Statystyczny", "GUS"), ("GUS", "GUS"),
           ("Statistics Poland", "GUS"), ("Narodowy Bank", "NBP"), ("NBP", "NBP"), ("Cyfryzacji", "MC"),
           ("Instytut Ekonomiczny", "PIE"), ("National Statistics", "ONS"), ("Central Statistics", "CSO"),
           ("Canada", "StatCan"), ("Norway", "SSB"), ("European Commission", "EC"), ("Rada Reklamy", "Rada"),
           ("IAB", "IAB"), ("ZBP", "ZBP"), ("Izba Handlu", "PIH"), ("Elektronicznej", "eIzba"), ("SAR", "SAR"),
           ("Bezpośredniego", "SMB"), ("Chamber", "Chamber")]  # fmt: skip


def _body_group(name: str) -> str:
    return next(group for key, group in _GROUPS if key in name)


_RESEARCH = [("Gemius", "gemius.com"), ("Gemius/PBI", "pbi.org.pl"), ("Kantar Polska", "kantar.com"), ("CBOS", "cbos.pl"),
             ("IBRiS", "ibris.pl"), ("NielsenIQ Polska", "nielseniq.com"), ("Mobile Institute", "mobileinstitute.eu"),
             ("Deloitte Polska", "deloitte.com"), ("PwC Polska", "pwc.pl"), ("Statista", "statista.com"),
             ("Euromonitor International", "euromonitor.com"), ("GfK Polonia", "gfk.com"), ("SW Research", "swresearch.pl"),
             ("IQS", "iqs.pl"), ("Mintel", "mintel.com")]  # fmt: skip
# Which of _market_research's titles each firm publishes (by position).
_RESEARCH_TITLES = {"Gemius": [0, 6, 1], "Gemius/PBI": [1, 6], "Kantar Polska": [2, 10], "CBOS": [3], "IBRiS": [3],
                    "NielsenIQ Polska": [4, 8], "Mobile Institute": [11, 10], "Deloitte Polska": [5, 9],
                    "PwC Polska": [5, 9], "Statista": [7], "Euromonitor International": [4, 8], "GfK Polonia": [9, 10],
                    "SW Research": [7], "IQS": [7, 10], "Mintel": [4, 8]}  # fmt: skip
_NEWS = [("Gazeta Wyborcza", "wyborcza.pl"), ("Rzeczpospolita", "rp.pl"), ("Dziennik Gazeta Prawna", "gazetaprawna.pl"),
         ("Puls Biznesu", "pb.pl"), ("Money.pl", "money.pl"), ("Onet", "onet.pl"), ("WP.pl", "wp.pl"), ("TVN24", "tvn24.pl"),
         ("Press.pl", "press.pl"), ("Wirtualnemedia.pl", "wirtualnemedia.pl"), ("Brief.pl", "brief.pl"),
         ("Marketing przy Kawie", "marketingprzykawie.pl"), ("Business Insider Polska", "businessinsider.com.pl"),
         ("Forbes Polska", "forbes.pl"), ("Bankier.pl", "bankier.pl"), ("Wiadomości Handlowe", "wiadomoscihandlowe.pl"),
         ("Notes from Poland", "notesfrompoland.com"), ("Financial Times", "ft.com"), ("Reuters", "reuters.com"),
         ("The Guardian", "theguardian.com"), ("Dziennik Związkowy", "dziennikzwiazkowy.com"), ("Chicago Tribune", "chicagotribune.com"),
         ("The Irish Times", "irishtimes.com"), ("Polish Express", "polishexpress.co.uk"), ("Marketing Week", "marketingweek.com")]  # fmt: skip
_LAWS = [
    (2018, "Ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych (Dz.U. 2018 poz. 1000)", "[Act of 10 May 2018 on the Protection of Personal Data]"),
    (1993, "Ustawa z dnia 16 kwietnia 1993 r. o zwalczaniu nieuczciwej konkurencji (t.j. Dz.U. 2020 poz. 1913)", "[Act of 16 April 1993 on Combating Unfair Competition]"),
    (2002, "Ustawa z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną (t.j. Dz.U. 2020 poz. 344)", "[Act of 18 July 2002 on the Provision of Electronic Services]"),
    (2004, "Ustawa z dnia 16 lipca 2004 r. Prawo telekomunikacyjne (t.j. Dz.U. 2020 poz. 1062)", "[Telecommunications Law]"),
    (2014, "Ustawa z dnia 30 maja 2014 r. o prawach konsumenta (Dz.U. 2014 poz. 827)", "[Act of 30 May 2014 on Consumer Rights]"),
    (2007, "Ustawa z dnia 23 sierpnia 2007 r. o przeciwdziałaniu nieuczciwym praktykom rynkowym (Dz.U. 2007 nr 171 poz. 1206)", "[Act on Counteracting Unfair Market Practices]"),
    (2007, "Ustawa z dnia 16 lutego 2007 r. o ochronie konkurencji i konsumentów (Dz.U. 2007 nr 50 poz. 331)", "[Act on Competition and Consumer Protection]"),
    (1982, "Ustawa z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi (Dz.U. 1982 nr 35 poz. 230)", "[Act on Upbringing in Sobriety and Counteracting Alcoholism]"),
    (2024, "Ustawa z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej (Dz.U. 2024 poz. 1221)", "[Electronic Communications Law]"),
    (2018, "Ustawa z dnia 10 stycznia 2018 r. o ograniczeniu handlu w niedziele i święta oraz w niektóre inne dni (Dz.U. 2018 poz. 305)", "[Act on restricting Sunday trading]"),
]  # fmt: skip
_LAW_AUTHORS = ["Sejm Rzeczypospolitej Polskiej", "Sejm RP", "Poland", "Rzeczpospolita Polska"]


def _plain(text: str) -> str:
    """A name typed on a keyboard without Polish letters: "Łukasz Wiśniewski" as "Lukasz Wisniewski"."""
    text = text.translate(str.maketrans({"ł": "l", "Ł": "L"}))
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class Blind196WorkFactory(WorkFactory):
    """The blind196 pool's works: Polish and diaspora authors, organisations, laws, theses and press."""

    # make()'s kinds of draw and their weights; KINDS the work kinds that come out of them.
    DRAWN: ClassVar[dict[str, int]] = {"book": 10, "ebook": 4, "chapter": 6, "journal": 22, "thesis": 5, "conference": 4, "company-web": 9,
             "company-report": 7, "regulator": 8, "legislation": 4, "market-research": 8, "working-paper": 3,
             "news": 10, "social": 3, "podcast": 2, "video": 2, "undated-web": 4, "web-person": 3}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 196 + 19601)
        for index, locale in enumerate(["pl_PL", "uk_UA", "no_NO", "is_IS", "en_CA", "de_DE", "en_IE", "en_US"]):
            fake = Faker(locale)
            fake.seed_instance(seed * 196 + index)
            self.fakers[locale] = fake
        self.surnames: list[tuple[str, bool]] = []
        self.dated_organisations: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        female = rng.random() < 0.55
        if roll < 0.36:  # Polish, from the lists, with the gendered form
            if rng.random() < 0.6:
                masc, fem = rng.choice(_GENDERED)
                family = fem if female else masc
            else:
                family = rng.choice(_INVARIANT)
            name = {"family": family, "given": rng.choice(_FEMALE if female else _MALE)}
        elif roll < 0.5:  # Polish, from Faker's Polish names
            fake = self.fakers["pl_PL"]
            if female:
                name = {"family": fake.last_name_female(), "given": fake.first_name_female()}
            else:
                name = {"family": fake.last_name_male(), "given": fake.first_name_male()}
        elif roll < 0.58:  # a married woman's double surname
            first = rng.choice(_GENDERED)[1] if rng.random() < 0.6 else rng.choice(_INVARIANT)
            second = rng.choice(_GENDERED)[1] if rng.random() < 0.5 else rng.choice(_INVARIANT)
            if first == second:
                second = "Jeziorańska"
            name = {"family": f"{first}-{second}", "given": rng.choice(_FEMALE)}
        elif roll < 0.7:
            family, given = rng.choice(_REGIONAL)
            name = {"family": family, "given": given}
        elif roll < 0.8:
            family, given = rng.choice(_DIASPORA)
            name = {"family": family, "given": given}
        elif roll < 0.82:
            particle, family, given = rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.95 or not self.surnames:
            fake = self.fakers[rng.choice(_EXPAT_LOCALES)]
            name = {"family": fake.last_name(), "given": fake.first_name()}
            if " " in name["family"] or "-" in name["given"]:
                name = {"family": name["family"].replace(" ", "-"), "given": name["given"].split("-")[0]}
        else:  # a second author with a surname already in the report ("Nowak, A." and "Nowak, J.")
            family, _ = rng.choice(self.surnames)
            name = {"family": family, "given": rng.choice(_FEMALE + _MALE)}
        if rng.random() < 0.1 and not name["family"].isascii():  # diacritics dropped (a phone, a UK database)
            name = {"family": _plain(name["family"]), "given": _plain(name["given"])}
        self.surnames.append((name["family"], female))
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics and the transition years
            return self.rng.randint(1982, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        first = max(2023, issued[0]) if issued else 2023
        year = rng.randint(first, max(first, 2025))
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _dated(self, record: dict[str, Any], full: bool = False) -> list[int]:
        parts = [self.year()]
        if full:
            parts += [self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record["issued"] = {"date-parts": [parts]}
        return parts

    def _online(self, record: dict[str, Any], domain: str, habit: float = 0.04) -> None:
        """A URL and, unless the candidate forgot it by habit, an access date after the work's date."""
        slug = self.fakers["pl_PL"].slug() if self.rng.random() < 0.6 else self.fakers["en_GB"].slug()
        record["URL"] = f"https://www.{domain}/{slug}"
        if self.rng.random() >= habit:
            issued = record.get("issued", {}).get("date-parts", [None])[0]
            record["accessed"] = self._accessed_after(issued)

    # ------------------------------------------------------------------ titles
    def _pl_title(self) -> str:
        polish, english = self.rng.choice(_PL_TOPICS)
        brand, english_brand = self.rng.choice([("Biedronki", "Biedronka"), ("Żabki", "Żabka"), ("Allegro", "Allegro"),
                                                ("mBanku", "mBank"), ("PKO BP", "PKO BP"), ("InPostu", "InPost"),
                                                ("Lidla", "Lidl"), ("Rossmanna", "Rossmann"), ("marki Tymbark", "Tymbark"),
                                                ("Orlenu", "Orlen"), ("CCC", "CCC"), ("Empiku", "Empik")])  # fmt: skip
        y = self.rng.randint(2010, 2020)
        span = self.rng.randint(2, 5)
        forms = [
            (f"{polish[0].upper()}{polish[1:]}", f"{english[0].upper()}{english[1:]}"),
            (f"{polish[0].upper()}{polish[1:]} na przykładzie {brand}", f"{english[0].upper()}{english[1:]}: the case of {english_brand}"),
            (f"Uwarunkowania: {polish}", f"Determinants of {english}"),
            (f"{polish[0].upper()}{polish[1:]} w latach {y}–{y + span}", f"{english[0].upper()}{english[1:]}, {y}–{y + span}"),
            (f"{polish[0].upper()}{polish[1:]}: wyniki badań empirycznych", f"{english[0].upper()}{english[1:]}: empirical findings"),
        ]  # fmt: skip
        polish_title, english_title = self.rng.choice(forms)
        if self.rng.random() < 0.8:
            return f"{polish_title} [{english_title}]"
        return polish_title

    def _en_title(self) -> str:
        topic = self.rng.choice(_EN_TOPICS)
        market, group = self.rng.choice(_REGIONS), self.rng.choice(_GROUPS_OF)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {market}",
                 f"{topic[0].upper()}{topic[1:]} in {market}", f"Rethinking {topic} in {market}",
                 f"The effect of {topic} on brand trust: a study of {group} consumers",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_EN_TOPICS)}",
                 f"From cash to code: {topic} in {market}",
                 f"Is it worth it? {topic[0].upper()}{topic[1:]} in {self.rng.choice(['Warsaw', 'Kraków', 'Poznań', 'Wrocław', 'Gdańsk', 'Łódź', 'Chicago', 'London'])}"]  # fmt: skip
        return self.rng.choice(forms)

    def _title(self) -> str:
        return self._pl_title() if self.rng.random() < 0.4 else self._en_title()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str], pair: bool = True) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("UOKiK, 2021a" and "2021b"), but
        # not a work whose title carries its own year ("Annual report 2021").
        if pair and self.dated_organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, _domain, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_organisations.append((name, tags, record.get("URL", ""), record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        polish = place in ("Warszawa", "Gliwice", "Poznań", "Łódź", "Kraków")
        title = self._pl_title() if polish and self.rng.random() < 0.7 else self._en_title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["medium"] = self.rng.choice(["e-book", "Kindle edition", "e-book (Legimi)", "ebook"])
        if self.rng.random() < 0.5:
            work.record["URL"] = (
                f"https://www.{self.rng.choice(['legimi.pl', 'ibuk.pl', 'empik.com', 'dawsonera.com'])}/{self.fakers['en_GB'].slug()}"
            )
            work.record["accessed"] = self._accessed_after(work.record["issued"]["date-parts"][0])
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        container = self.rng.choice(["Marketing w gospodarce cyfrowej [Marketing in the digital economy]",
                                     "Handbook of Marketing in Central and Eastern Europe", "Zachowania konsumentów [Consumer behaviour]",
                                     "Retailing in Emerging Markets", "Komunikacja marketingowa [Marketing communication]",
                                     "The Routledge Companion to Fintech", "Polska w Unii Europejskiej: 20 lat później [Poland in the EU: twenty years on]"])  # fmt: skip
        start = self.rng.randint(3, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
                                  "container-title": container, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal = self.rng.choice(_PL_JOURNALS)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": journal, "volume": str(self.rng.randint(1, 80)),
                                  "page": f"{start}-{start + self.rng.randint(8, 25)}"}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issue"] = str(self.rng.randint(1, 6))
        self._dated(record)
        roll = self.rng.random()
        if roll < 0.45:
            prefix = self.rng.choice(
                [
                    "10.15678/ZNUEK",
                    "10.7172/2353-6845.jmbace",
                    "10.18559/ebr",
                    "10.1016/j.jretconser",
                    "10.3390/su",
                    "10.1108/IJBM",
                ]
            )
            record["DOI"] = f"{prefix}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
        elif roll < 0.55:
            self._online(
                record, self.rng.choice(["journals.pan.pl", "econjournals.sgh.waw.pl", "bazekon.uek.krakow.pl"])
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(_THESIS), "publisher": university,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            self._online(record, self.rng.choice(["repozytorium.uw.edu.pl", "ruj.uj.edu.pl", "depot.ceon.pl"]))
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._en_title(), "author": self._people(5),
                                  "container-title": self.rng.choice(_CONFERENCES),
                                  "publisher-place": self.rng.choice(["Kraków", "Warszawa", "Poznań", "Sopot", "Granada", "Vienna"]),
                                  "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        titles = ["O nas [About us]", "Historia marki [Our history]", "Zrównoważony rozwój [Sustainability]",
                  "Investor relations", "Newsroom", f"Komunikat prasowy: {self.rng.choice(['nowa kampania', 'wyniki', 'nowa aplikacja'])} [Press release]",
                  "Kariera [Careers]", "Program lojalnościowy [Loyalty programme]", "Our brands", "Polityka prywatności [Privacy policy]",
                  f"{name.split()[0]} in numbers", "Strategia ESG [ESG strategy]"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles)}
        if self.rng.random() < 0.75:
            self._dated(record)
        self._online(record, domain)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2012, 2024)
        titles = [f"Raport zintegrowany {year} [Integrated report {year}]", f"Annual report {year}",
                  f"Sprawozdanie zarządu z działalności za rok {year} [Management Board report for {year}]",
                  f"ESG report {year}", f"Raport ESG {year}", f"Strategia na lata {year}–{year + 3} [Strategy {year}–{year + 3}]",
                  f"Raport o zrównoważonym rozwoju {year} [Sustainability report {year}]"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "publisher-place": self.rng.choice(["Warszawa", "Kraków", "Poznań", "Gdańsk", "Wrocław"])}  # fmt: skip
        record["issued"] = {"date-parts": [[min(year + 1, 2025)]]}
        if self.rng.random() < 0.7:
            self._online(record, domain)
        return self._org_work(record, "report", name, tags, pair=False)

    def _regulator(self) -> Work:
        name, tags, domain = self.rng.choice(_BODIES)
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2016, 2024)
        group = _body_group(name)
        template = self.rng.choice(_BODY_TITLES[group])
        title = template.format(y=year, y1=year + 1, q=self.rng.randint(1, 4), n=self.rng.randint(100, 9999))
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title}
        record["issued"] = {"date-parts": [[min(year + self.rng.randint(0, 1), 2025)]]}
        self._online(record, domain)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = {
                ".pl": "Warszawa",
                ".uk": "Newport",
                ".ie": "Cork",
                ".ca": "Ottawa",
                ".no": "Oslo",
            }.get(domain[-3:], "Brussels" if group == "EC" else "Chicago" if group == "Chamber" else "Warszawa")
        return self._org_work(
            record,
            "report" if record["type"] == "report" else "web",
            name,
            tags | {"government"},
            pair="{y}" not in template,
        )

    def _legislation(self) -> Work:
        year, title, english = self.rng.choice(_LAWS)
        if self.rng.random() < 0.4:
            title = f"{title} {english}"
        author = self.rng.choice(_LAW_AUTHORS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            self._online(record, "isap.sejm.gov.pl")
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.92 else None
        y = year or 2024
        titles = [f"E-commerce w Polsce {y} [E-commerce in Poland {y}]", f"Internet {y}/{y + 1}: raport strategiczny",
                  f"Monitor Zakupowy {y} [Shopping monitor]", f"Komunikat z badań nr {self.rng.randint(1, 160)}/{y} [Research report]",
                  f"Polish grocery retailing: market report {y}", f"Digital banking in Poland {y}",
                  f"Mediapanel: wyniki za {self.rng.choice(['styczeń', 'marzec', 'październik', 'listopad'])} {y} [Mediapanel results]",
                  f"Share of Poles paying with BLIK in {y}, by age group", f"Beer in Poland - {self.rng.choice(['June', 'October'])} {y}",
                  f"Kondycja polskiej branży beauty {y} [The Polish beauty industry]", "Polish consumers and private labels: trends 2.0",
                  f"Mobile w Polsce {y} [Mobile in Poland]"]  # fmt: skip
        fits = _RESEARCH_TITLES[name]  # each firm's own kind of report
        record: dict[str, Any] = {"type": "report", "title": titles[self.rng.choice(fits)], "publisher": name}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, domain)
        return self._org_work(record, "report", name, {"market-research"}, pair=str(y) not in record["title"])

    def _working_paper(self) -> Work:
        publisher, domain = self.rng.choice([("Polski Instytut Ekonomiczny", "pie.net.pl"), ("Narodowy Bank Polski", "nbp.pl"),
                                             ("SGH Warsaw School of Economics", "sgh.waw.pl"), ("CASE – Center for Social and Economic Research", "case-research.eu"),
                                             ("Fundacja Rozwoju Obrotu Bezgotówkowego", "frob.pl")])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": "Warszawa",
                                  "genre": self.rng.choice(["Working paper", "Materiały i Studia", "Policy brief"])}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.6:
            self._online(record, domain)
        return self._person_work(record, "report")

    def _news(self) -> Work:
        outlet, domain = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": outlet}
        self._dated(record, full=True)
        self._online(record, domain, habit=0.06)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", outlet, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "Instagram", "X (formerly Twitter)", "Facebook", "TikTok"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["Dziękujemy za 31. Finał WOŚP! [Thank you for the 31st WOŚP finale!]", "Nowa kampania już w sieci [The new campaign is live]",
             "Jak budowaliśmy markę w Polsce i za granicą", "Behind the scenes of our Wigilia campaign",
             "Polish diaspora consumers are not a niche", "5 lekcji z Black Friday [5 lessons from Black Friday]",
             f"{self.rng.randint(3, 12)} things I learned launching a fintech in Warsaw"]), "container-title": platform}  # fmt: skip
        self._dated(record, full=True)
        self._online(record, {"LinkedIn": "linkedin.com/posts", "Instagram": "instagram.com/p", "Facebook": "facebook.com",
                              "TikTok": "tiktok.com/@brand", "X (formerly Twitter)": "x.com/status"}[platform])  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags, _domain = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        show = self.rng.choice(["Marketing przy Kawie", "Bez Cenzury Marketingu", "Polski Marketing Podcast", "Finanse Bardzo Osobiste",
                                "Brief Podcast", "The Polish Business Podcast"])  # fmt: skip
        record: dict[str, Any] = {"type": "broadcast", "title": f"Odc. {self.rng.randint(1, 300)}: {self._en_title()}",
                                  "container-title": show, "medium": "podcast", "author": self._people(2)}  # fmt: skip
        self._dated(record, full=True)
        self._online(record, "open.spotify.com/episode")
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        name, tags, _domain = self.rng.choice(_COMPANIES)
        brand = name.split(" S.A.")[0].split(" sp. z o.o.")[0]
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(
            [f"{brand}: reklama świąteczna [Christmas advert]", f"{brand} – kampania {self.rng.randint(2015, 2024)} [campaign film]",
             f"Kulisy kampanii {brand} [Behind the campaign]", f"Case study: {brand}", f"{brand} x WOŚP",
             f"How {brand} talks to Gen Z", f"{brand} – spot TV {self.rng.randint(15, 60)} sek. [TV spot]"]),
            "medium": self.rng.choice(["YouTube video", "video", "Online video"])}  # fmt: skip
        self._dated(record)
        self._online(record, "youtube.com/watch")
        if self.rng.random() < 0.35:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        return self._org_work(record, "video", name, tags, pair=False)

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.35:
            record: dict[str, Any] = {"type": "webpage", "author": self._people(2), "title": self.rng.choice(
                ["Jak działa BLIK? [How does BLIK work?]", "Marketing to Polish customers in Ireland", "Polonia w liczbach [The diaspora in numbers]",
                 "Oznaczanie treści sponsorowanych [Labelling sponsored content]", "Tłusty Czwartek: jak marki sprzedają pączki",
                 "What Polish shoppers expect from a loyalty app", "Andrzejki, Mikołajki, Wigilia: the Polish retail calendar"])}  # fmt: skip
            self._online(record, self.rng.choice(["sprawnymarketing.pl", "nowymarketing.pl", "polishexpress.co.uk"]))
            return self._person_work(record, "web")
        name, tags, domain = self.rng.choice(_COMPANIES)
        brand = name.split(" S.A.")[0].split(" sp. z o.o.")[0]
        record = {"type": "webpage", "title": self.rng.choice(
            ["O nas [About us]", "Regulamin promocji [Promotion terms and conditions]", f"Historia {brand} [Our story]",
             "Polityka cookies [Cookie policy]", "FAQ", "Nasze wartości [Our values]", "Aplikacja mobilna [Mobile app]"])}  # fmt: skip
        self._online(record, domain)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2)}
        if self.rng.random() < 0.8:
            self._dated(record)
        self._online(
            record, self.rng.choice(["sprawnymarketing.pl", "nowymarketing.pl", "socialpress.pl", "medium.com"])
        )
        return self._person_work(record, "web")
