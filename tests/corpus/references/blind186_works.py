"""Works for the blind186 pool (HELD OUT): what marketers in the Netherlands and its diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates on CIM Level 6 and 7 courses and MBAs
in Amsterdam, Rotterdam, Utrecht, Eindhoven, Groningen, Maastricht, on Curaçao, Aruba and Sint Maarten, in
Paramaribo and among Dutch marketers in London, Antwerp, Düsseldorf and Toronto cite Dutch textbooks (Noordhoff,
Boom, Wolters-Noordhoff, Pearson Benelux, Vakmedianet), chapters, journal articles with one to eight authors,
theses from the Erasmus University/RSM, UvA, VU Amsterdam, Tilburg, Groningen, Maastricht SBE, Nyenrode,
Wageningen and TU Delft, EMAC and ICORIA papers, company pages and annual reports (N.V., B.V., Coöperatie U.A.),
trade bodies, regulators (AP, ACM, AFM, DNB), Dutch laws on wetten.overheid.nl with their Staatsblad numbers,
research firms (CBS, GfK, Multiscope, Kantar Public, Nibud), the Dutch press signed and unsigned, posts, podcasts
and videos, and undated pages; titles in Dutch and Frisian with English in square brackets. Names carry their
tussenvoegsels apart ("van der Meer", "in 't Veld", "'t Hart"), or capitalised as the Flemish and emigrants write
them ("Van Dam"), double names ("van Dijk-de Vries"), Frisian -stra and -ma names, IJ ("IJzerman"), and
Surinamese, Antillean, Indo-Dutch, Moluccan, Moroccan-Dutch, Turkish-Dutch and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# Given names, family names and tussenvoegsels: (particle, family) with particle "" when there is none.
_GIVEN = ["Sanne", "Thijs", "Lotte", "Daan", "Femke", "Joost", "Maarten", "Annelies", "Bram", "Eline", "Sjoerd",
          "Marieke", "Anouk", "Ruud", "Fleur", "Niels", "Jeroen", "Willemijn", "Ilse", "Koen", "Noor", "Pieter",
          "Hanneke", "Gijs", "Merel", "Wouter", "Esther", "Bas", "Roos", "Teun", "Jolien", "Sietske", "Evert",
          "Margriet", "Jurre", "Ineke"]  # fmt: skip
_FRISIAN_GIVEN = ["Wietske", "Tjeerd", "Hylke", "Sytske", "Jelle", "Baukje", "Auke", "Froukje", "Sjoukje", "Durk",
                  "Geertje", "Rients"]  # fmt: skip
_DUTCH = [("", "Jansen"), ("de", "Jong"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("Bakker", ""),
          ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"),
          ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"),
          ("", "Brouwer"), ("de", "Wit"), ("van der", "Meer"), ("van der", "Linden"), ("van der", "Heijden"),
          ("", "Kuipers"), ("van", "Beek"), ("", "Vermeulen"), ("van den", "Broek"), ("de", "Graaf"),
          ("van der", "Veen"), ("in 't", "Veld"), ("op de", "Beek"), ("van 't", "Hek"), ("ter", "Horst"),
          ("ten", "Brink"), ("den", "Hartog"), ("'t", "Hart"), ("van de", "Ven"), ("ter", "Haar"),
          ("ten", "Have"), ("op den", "Kamp"), ("van", "Rooij"), ("van", "Ooijen"), ("", "Verhoeven"),
          ("", "Schouten"), ("", "Willems"), ("", "Timmermans"), ("van", "Wijk"), ("", "Groenewegen"),
          ("van", "Oss"), ("de", "Haan"), ("", "Huijbregts"), ("van", "Gestel"), ("", "Kleijn")]  # fmt: skip
_DUTCH = [(p, f) if f else ("", p) for p, f in _DUTCH]
_FRISIAN = ["Hoekstra", "Dijkstra", "Wiersma", "Bosma", "Sikkema", "Terpstra", "Zijlstra", "Kingma", "Hiemstra",
            "Postma", "Jongsma", "Hettinga", "Tjepkema", "Boersma", "Haitsma", "Feenstra", "Yntema"]  # fmt: skip
_IJ = [("", "IJzerman"), ("", "IJsselstein"), ("van", "IJzendoorn"), ("", "IJpelaar"), ("van", "Rijn"),
       ("", "Bijlsma"), ("", "Wijnands"), ("", "Spijkerman")]  # fmt: skip
# The Flemish and Dutch emigrants in Canada and South Africa write the particle with a capital, as part of the name.
_CAPITALISED = ["Van Dam", "Van den Bosch", "De Clercq", "Vanderhoven", "Van Wyk", "De Ruiter", "Van Horne",
                "Vande Velde", "Ter Beek", "Van Houten", "De Koning", "Van Oort"]  # fmt: skip
_DOUBLE = [("van", "Dijk-de Vries"), ("", "Jansen-van der Laan"), ("de", "Boer-Hoekstra"), ("", "Smit-ter Horst"),
           ("van", "Vliet-IJzerman"), ("", "Peters-El Amrani"), ("de", "Vries-Pinas"), ("", "Mulder-Öztürk")]  # fmt: skip
_DIASPORA = [("Sedney", "Shanti"), ("Pinas", "Romeo"), ("Ramdin", "Anjali"), ("Jadnanansing", "Ravi"),
             ("Kanhai", "Priya"), ("Soekhlal", "Vikash"), ("Mangroelal", "Sunita"), ("Karijowidjojo", "Sri"),
             ("Sowidjo", "Wiwin"), ("Tjon A Joe", "Glenn"), ("Fung A Loi", "Iris"), ("Tjin-A-Tsoi", "Kenneth"),
             ("Martina", "Giovanni"), ("Pietersz", "Ruthsela"), ("Rosaria", "Shurandy"), ("Isenia", "Jeanette"),
             ("Wawoe", "Milton"), ("Croes", "Mayra"), ("Tjoa", "Lian"), ("Wouthuysen", "Rob"),
             ("Pattiasina", "Johanna"), ("Latuheru", "Max"), ("Pattipilohy", "Lisa"), ("Soumokil", "Ronny"),
             ("El Bouzidi", "Samira"), ("Aboutaleb", "Hicham"), ("Bouali", "Nadia"), ("El Khatib", "Youssef"),
             ("Azarkan", "Mohamed"), ("Ben Hamou", "Fatima"), ("Ouali", "Karim"), ("El Amrani", "Loubna"),
             ("Öztürk", "Elif"), ("Yıldırım", "Emre"), ("Çelik", "Ayşe"), ("Şahin", "Burak"), ("Kaya", "Mehmet"),
             ("Doğan", "Zeynep"), ("Aydın", "Serkan"), ("Güneş", "Deniz")]  # fmt: skip
_EXPATRIATES = [("Smith", "Rachel"), ("O'Sullivan", "Ciarán"), ("Nakamura", "Aiko"), ("Schneider", "Jürgen"),
                ("Rossi", "Giulia"), ("Kowalski", "Marta"), ("Okafor", "Chinedu"), ("MacLeod", "Eilidh"),
                ("Müller", "Katrin"), ("Dubois", "Camille"), ("García", "Lucía"), ("Chen", "Wei"), ("Patel", "Nisha"),
                ("Lindqvist", "Erik"), ("Verbeke", "Lieven"), ("Steenkamp", "Jan-Benedict"), ("Dekimpe", "Marnik"),
                ("Pauwels", "Koen"), ("Leeflang", "Peter"), ("Wedel", "Michel"), ("Hofstede", "Geert")]  # fmt: skip
_EXPATRIATES = [(f, g.replace("Jan-Benedict", "Jan Benedict")) for f, g in _EXPATRIATES]

_PUBLISHERS = [("Noordhoff Uitgevers", "Groningen"), ("Boom uitgevers", "Amsterdam"), ("Pearson Benelux", "Amsterdam"),
               ("Wolters-Noordhoff", "Groningen"), ("Vakmedianet", "Deventer"), ("Van Duuren Management", "Culemborg"),
               ("Business Contact", "Amsterdam"), ("Amsterdam University Press", "Amsterdam"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Wiley", "Hoboken, NJ"), ("Lannoo Campus", "Leuven"), ("Boom Lemma", "Den Haag")]  # fmt: skip
_BOOK_TITLES = ["Marketing: de essentie", "Principes van marketing", "Basisboek online marketing",
                "Strategische marketingplanning", "Consumentengedrag", "Integrated marketing communications",
                "Merkmanagement in de praktijk", "Customer experience in de Nederlandse retail",
                "Digitale marketing: strategie en praktijk", "Marketing in een polderland [Marketing in a polder country]",
                "Data-gedreven marketing", "Reclame en de Nederlandse consument", "Duurzame marketing",
                "Brand management: a Dutch perspective", "Services marketing in the Low Countries",
                "Retailmarketing", "Contentmarketing voor het mkb [Content marketing for SMEs]",
                "Global marketing and the Dutch trading tradition", "Fintech marketing",
                "Marketingcommunicatie: theorie en praktijk"]  # fmt: skip
_TOPICS = ["iDEAL and checkout conversion", "Tikkie and peer-to-peer payment", "loyalty at Albert Heijn",
           "own-label growth in Dutch grocery", "Black Friday in the Netherlands", "Sinterklaas gifting",
           "Koningsdag promotions", "cycling culture and brand meaning", "sustainable banking at ASN",
           "neobank trust among Gen Z", "quick commerce in Amsterdam", "green claims and the ACM",
           "cookie consent after the Telecommunicatiewet", "price perception at Lidl and Aldi",
           "hybrid working and employer branding at Randstad", "rail travel and the NS brand",
           "beer brands and alcohol-free growth", "chocolate and fair trade storytelling", "the Dutch 'doe normaal' tone",
           "influencer disclosure under the Reclamecode Social Media", "Surinamese-Dutch consumers",
           "Frisian identity in regional branding", "Caribbean tourism marketing", "Moroccan-Dutch ramadan shopping",
           "subscription boxes", "buy now, pay later", "energy-price communication", "telecom churn at Odido",
           "the rebrand from T-Mobile to Odido", "online grocery delivery with Picnic", "direct-to-consumer dairy",
           "customer reviews on Bol", "free-return policies at Zalando", "sports sponsorship and the Eredivisie"]  # fmt: skip
_DUTCH_TITLES = [
    ("De invloed van iDEAL op conversie", "The influence of iDEAL on conversion"),
    ("Vertrouwen in digitale banken", "Trust in digital banks"),
    ("Duurzaamheidsclaims en de consument", "Sustainability claims and the consumer"),
    ("Merkentrouw in de supermarkt", "Brand loyalty in the supermarket"),
    ("Sinterklaas en de cadeau-economie", "Sinterklaas and the gift economy"),
    ("Koningsdag als marketingmoment", "King's Day as a marketing moment"),
    ("Thuisbezorgen na de pandemie", "Home delivery after the pandemic"),
    ("Reclame voor jongeren op sociale media", "Advertising to young people on social media"),
    ("Betaalgedrag van Nederlandse consumenten", "Payment behaviour of Dutch consumers"),
    ("De opkomst van huismerken", "The rise of own labels"),
    ("Klantbeleving in het ov", "Customer experience in public transport"),
    ("Prijsbewustzijn tijdens de inflatie", "Price consciousness during inflation"),
]  # fmt: skip
_FRISIAN_TITLES = [("Merken yn Fryslân", "Brands in Friesland"), ("De Fryske taal yn reklame", "The Frisian language in advertising"),
                   ("Toerisme en de Alvestêdetocht", "Tourism and the Elfstedentocht")]  # fmt: skip
_JOURNALS = ["Tijdschrift voor Marketing", "Journal of Marketing", "International Journal of Research in Marketing",
             "Journal of Retailing and Consumer Services", "European Journal of Marketing", "Journal of Business Research",
             "Journal of Interactive Marketing", "Journal of Consumer Psychology", "Journal of Advertising",
             "Maandblad voor Accountancy en Bedrijfseconomie", "Journal of Service Research", "Psychology & Marketing",
             "International Journal of Bank Marketing", "Journal of Marketing Management", "Economisch Statistische Berichten"]  # fmt: skip
_UNIVERSITIES = ["Erasmus University Rotterdam", "Rotterdam School of Management, Erasmus University",
                 "University of Amsterdam", "Vrije Universiteit Amsterdam", "Tilburg University",
                 "University of Groningen", "Maastricht University School of Business and Economics",
                 "Nyenrode Business Universiteit", "Wageningen University & Research", "TU Delft",
                 "Rijksuniversiteit Groningen", "Universiteit Utrecht", "Radboud Universiteit Nijmegen"]  # fmt: skip
_THESIS_TYPES = ["MSc thesis", "Master's thesis", "PhD thesis", "Doctoral dissertation", "MBA dissertation",
                 "Bachelor's thesis"]  # fmt: skip
_CONFERENCES = [("Proceedings of the {n}th EMAC Annual Conference", "EMAC"),
                ("Proceedings of the International Conference on Research in Advertising (ICORIA)", "EAA"),
                ("NVMI Marketing Research Conference proceedings", "NVMI"),
                ("Academy of Marketing Conference proceedings", "Academy of Marketing")]  # fmt: skip
# Organisations: (name as author, tags, website host).
_COMPANIES = [("ING Groep N.V.", "ing.com"), ("ING", "ing.nl"), ("Coöperatieve Rabobank U.A.", "rabobank.nl"),
              ("Rabobank", "rabobank.com"), ("ABN AMRO Bank N.V.", "abnamro.com"), ("de Volksbank N.V.", "devolksbank.nl"),
              ("ASN Bank", "asnbank.nl"), ("bunq", "bunq.com"), ("Adyen N.V.", "adyen.com"), ("Mollie B.V.", "mollie.com"),
              ("Tikkie", "tikkie.me"), ("Achmea B.V.", "achmea.nl"), ("Centraal Beheer", "centraalbeheer.nl"),
              ("NN Group N.V.", "nn-group.com"), ("a.s.r.", "asrnl.com"), ("Koninklijke KPN N.V.", "kpn.com"),
              ("VodafoneZiggo", "vodafoneziggo.nl"), ("Odido", "odido.nl"), ("Albert Heijn", "ah.nl"),
              ("Ahold Delhaize", "aholddelhaize.com"), ("Koninklijke Ahold Delhaize N.V.", "aholddelhaize.com"),
              ("Jumbo Supermarkten B.V.", "jumbo.com"), ("Lidl Nederland", "lidl.nl"), ("HEMA", "hema.nl"),
              ("Action", "action.com"), ("Bol", "bol.com"), ("Coolblue B.V.", "coolblue.nl"), ("Etos", "etos.nl"),
              ("Kruidvat", "kruidvat.nl"), ("Blokker", "blokker.nl"), ("IKEA Nederland", "ikea.com"),
              ("Heineken N.V.", "theheinekencompany.com"), ("Grolsch", "grolsch.nl"), ("Swinkels Family Brewers", "swinkelsfamilybrewers.com"),
              ("Royal FrieslandCampina N.V.", "frieslandcampina.com"), ("Unilever", "unilever.com"),
              ("Tony's Chocolonely", "tonyschocolonely.com"), ("JDE Peet's", "jdepeets.com"), ("Verkade", "verkade.nl"),
              ("Koninklijke Philips N.V.", "philips.com"), ("ASML", "asml.com"), ("Booking.com", "booking.com"),
              ("Just Eat Takeaway.com", "justeattakeaway.com"), ("Picnic", "picnic.app"), ("Thuisbezorgd.nl", "thuisbezorgd.nl"),
              ("KLM Royal Dutch Airlines", "klm.com"), ("NS", "ns.nl"), ("Nederlandse Spoorwegen", "ns.nl"),
              ("Transavia", "transavia.com"), ("Randstad N.V.", "randstad.com"), ("Dille & Kamille", "dille-kamille.nl"),
              ("Wieden+Kennedy Amsterdam", "wk.com"), ("TBWA\\NEBOKO", "tbwa-neboko.com"), ("KesselsKramer", "kesselskramer.com")]  # fmt: skip
_BODIES = [("Thuiswinkel.org", "thuiswinkel.org"), ("DDMA", "ddma.nl"), ("IAB Nederland", "iab.nl"),
           ("NIMA", "nima.nl"), ("Bond van Adverteerders (BVA)", "bva.nl"), ("Stichting Reclame Code", "reclamecode.nl"),
           ("Reclame Code Commissie", "reclamecode.nl"), ("Nederlandse Vereniging van Banken (NVB)", "nvb.nl"),
           ("Betaalvereniging Nederland", "betaalvereniging.nl"), ("Verbond van Verzekeraars", "verzekeraars.nl"),
           ("Consumentenbond", "consumentenbond.nl"), ("Nibud", "nibud.nl"), ("Logeion", "logeion.nl"),
           ("Vereniging van Communicatie- en Reclamebureaus (VIA)", "via-nederland.nl"), ("CBL (Centraal Bureau Levensmiddelenhandel)", "cbl.nl"),
           ("Stichting Fairtrade Nederland", "fairtrade.nl"), ("Marketingfacts", "marketingfacts.nl")]  # fmt: skip
_GOVERNMENT = [("Autoriteit Persoonsgegevens", "autoriteitpersoonsgegevens.nl"),
               ("Autoriteit Persoonsgegevens (AP)", "autoriteitpersoonsgegevens.nl"),
               ("Autoriteit Consument & Markt (ACM)", "acm.nl"), ("ACM", "acm.nl"),
               ("Autoriteit Financiële Markten (AFM)", "afm.nl"), ("De Nederlandsche Bank (DNB)", "dnb.nl"), ("DNB", "dnb.nl"),
               ("Rijksoverheid", "rijksoverheid.nl"), ("Ministerie van Economische Zaken en Klimaat", "rijksoverheid.nl"),
               ("Tweede Kamer der Staten-Generaal", "tweedekamer.nl"), ("Centraal Bureau voor de Statistiek (CBS)", "cbs.nl"),
               ("CBS", "cbs.nl"), ("Statistics Netherlands", "cbs.nl"), ("Centrale Bank van Curaçao en Sint Maarten", "centralbank.cw"),
               ("Centrale Bank van Aruba", "cbaruba.org"), ("Centrale Bank van Suriname", "cbvs.sr"),
               ("Gemeente Amsterdam", "amsterdam.nl"), ("Provinsje Fryslân", "fryslan.frl"),
               ("Netherlands Enterprise Agency (RVO)", "rvo.nl"), ("European Commission", "ec.europa.eu")]  # fmt: skip
_RESEARCH = [("GfK Nederland", "gfk.com"), ("Kantar Public", "kantar.com"), ("Multiscope", "multiscope.nl"),
             ("Nielsen Nederland", "nielsen.com"), ("Ipsos I&O", "ipsos.com"), ("Motivaction", "motivaction.nl"),
             ("Newcom Research & Consultancy", "newcom.nl"), ("Statista", "statista.com"), ("Euromonitor International", "euromonitor.com"),
             ("Mintel", "mintel.com"), ("Kantar", "kantar.com"), ("YouGov Nederland", "yougov.nl")]  # fmt: skip
_RESEARCH_TITLES = ["Nationaal E-commerce Onderzoek {Y} [National E-commerce Survey {Y}]", "Thuiswinkel Markt Monitor {Y}",
                    "Supermarkten in Nederland {Y}", "Betalen aan de kassa {Y} [Paying at the till {Y}]",
                    "Nationale Social Media Onderzoek {Y}", "Brand Asset Valuator Nederland {Y}",
                    "Online grocery in the Netherlands {Y}", "Beer market in the Netherlands: forecast to {Y2}",
                    "Dutch consumer confidence, Q{q} {Y}", "Black Friday en Cyber Monday {Y}",
                    "Consumentenvertrouwen {Y} [Consumer confidence {Y}]", "Mediagebruik in Nederland {Y}",
                    "Share of Dutch adults using Tikkie in {Y}, by age group", "Retail banking in the Netherlands {Y}"]  # fmt: skip
_PRESS = ["NOS", "RTL Nieuws", "NRC", "de Volkskrant", "Trouw", "Het Parool", "De Telegraaf", "AD",
          "Het Financieele Dagblad", "Emerce", "Adformatie", "Marketingfacts", "MarketingTribune", "DutchNews.nl",
          "NL Times", "Financial Times", "Antilliaans Dagblad", "De Ware Tijd", "Amigoe", "Leeuwarder Courant"]  # fmt: skip
_PRESS_TITLES = ["{B} verhoogt prijzen [{B} raises prices]", "Albert Heijn wint opnieuw de prijzenoorlog niet",
                 "Tikkie viert tien jaar [Tikkie turns ten]", "Bunq krijgt boete van DNB [Bunq fined by DNB]",
                 "ACM tikt energiebedrijven op de vingers over groene claims", "Odido: 'We zijn geen T-Mobile meer'",
                 "Picnic haalt opnieuw honderden miljoenen op", "Jumbo zet streep door Tour-sponsoring",
                 "HEMA's rookworst goes global", "Why Dutch shoppers love Action", "KLM apologises for 'Fly Responsibly' claims",
                 "Coolblue's Black Friday strategy explained", "Heineken 0.0 groeit sneller dan bier",
                 "Consumentenvertrouwen daalt verder", "Koningsdag brengt horeca miljoenen op",
                 "Sinterklaasomzet hoger dan ooit", "Zo adverteren banken op TikTok", "Keti Koti wordt nationale feestdag?",
                 "Curaçao trekt meer Nederlandse toeristen", "Friese merken omarmen eigen taal"]  # fmt: skip
_SOCIAL = [("Instagram", "https://www.instagram.com/p/{code}/"), ("LinkedIn", "https://www.linkedin.com/posts/{code}"),
           ("X", "https://x.com/status/{code}"), ("TikTok", "https://www.tiktok.com/@brand/video/{code}")]  # fmt: skip
_PODCASTS = ["BNR Nieuwsradio", "De Marketingpodcast", "Emerce Podcast", "NRC Vandaag", "FD Dagkoers", "Marketing Report Podcast"]  # fmt: skip
_LAWS = [
    ("Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)", 2018, "Stb. 2018, 144", "BWBR0040940"),
    ("Telecommunicatiewet, artikel 11.7", 1998, "Stb. 1998, 610", "BWBR0009950"),
    ("Wet op het financieel toezicht (Wft)", 2006, "Stb. 2006, 475", "BWBR0020368"),
    ("Burgerlijk Wetboek Boek 6, artikel 193a", 2008, "Stb. 2008, 397", "BWBR0005289"),
    ("Wet handhaving consumentenbescherming", 2006, "Stb. 2006, 591", "BWBR0020586"),
    ("Mediawet 2008", 2008, "Stb. 2008, 583", "BWBR0025028"),
    ("Wet bescherming persoonsgegevens BES", 2010, "Stb. 2010, 349", "BWBR0028315"),
    ("Alcoholwet", 2020, "Stb. 2020, 132", "BWBR0002458"),
    ("Wet implementatie richtlijn modernisering consumentenbescherming", 2022, "Stb. 2022, 167", "BWBR0046635"),
    ("Tabaks- en rookwarenwet", 1988, "Stb. 1988, 342", "BWBR0004302"),
]  # fmt: skip
_LAW_AUTHORS = ["Staten-Generaal", "Overheid.nl", "Rijksoverheid", "Koninkrijk der Nederlanden"]


_HOSTS = {name: host for name, host in _COMPANIES + _BODIES + _GOVERNMENT + _RESEARCH}


def _cap(text: str) -> str:
    """A title's first letter in capitals, but "iDEAL" and "eBay" as the brands write them."""
    return text if text[1:2].isupper() else text[0].upper() + text[1:]


class Blind186WorkFactory(WorkFactory):
    """The blind186 pool's works: the Netherlands and its diaspora (HELD OUT)."""

    DRAWN = (("book", 12), ("chapter", 5), ("journal", 20), ("thesis", 5), ("conference", 3), ("company-web", 10),
             ("company-report", 6), ("trade-body", 5), ("government", 7), ("legislation", 3), ("market-research", 7),
             ("news", 6), ("news-unsigned", 3), ("social", 2), ("podcast", 2), ("video", 2), ("undated-web", 3))  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "podcast", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 186 + 18601)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(_GIVEN)
        if roll < 0.42:
            particle, family = self.rng.choice(_DUTCH)
        elif roll < 0.52:
            particle, family, given = "", self.rng.choice(_FRISIAN), self.rng.choice(_FRISIAN_GIVEN + _GIVEN[:6])
        elif roll < 0.57:
            particle, family = self.rng.choice(_IJ)
        elif roll < 0.63:
            particle, family = "", self.rng.choice(_CAPITALISED)
        elif roll < 0.69:
            particle, family = self.rng.choice(_DOUBLE)
        elif roll < 0.87:
            (family, given), particle = self.rng.choice(_DIASPORA), ""
        else:
            (family, given), particle = self.rng.choice(_EXPATRIATES), ""
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1980, 2004)
        return self.rng.randint(2010, 2025)

    def accessed(self, after: int | None = None) -> dict[str, list[list[int]]]:
        first = max(2022, (after or 0) + 1)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _online(self, record: dict[str, Any], url: str, chance: float = 0.85) -> None:
        record["URL"] = url
        if self.rng.random() < chance:
            issued = record.get("issued", {}).get("date-parts", [[None]])[0][0]
            record["accessed"] = self.accessed(issued)

    def _slug(self) -> str:
        words = self.rng.sample(["nieuws", "marketing", "klant", "onderzoek", "rapport", "duurzaam", "betalen",
                                 "merk", "winkel", "data", "privacy", "campagne", "jaarverslag", "inzichten"], 3)  # fmt: skip
        return "-".join(words) + f"-{self.rng.randint(10, 9999)}"

    def _fill(self, title: str, year: int | None = None) -> str:
        year = year or self.rng.randint(2015, 2025)
        return (title.replace("{Y2}", str(year + self.rng.randint(3, 6))).replace("{Y}", str(year))
                .replace("{q}", str(self.rng.randint(1, 4))).replace("{B}", self.rng.choice(["Jumbo", "HEMA", "Coolblue", "KPN"])))  # fmt: skip

    def _title(self) -> str:
        roll = self.rng.random()
        if roll < 0.25:
            dutch, english = self.rng.choice(_DUTCH_TITLES)
            return f"{dutch} [{english}]"
        if roll < 0.3:
            frisian, english = self.rng.choice(_FRISIAN_TITLES)
            return f"{frisian} [{english}]"
        topic = self.rng.choice(_TOPICS)
        forms = [f"{_cap(topic)}: evidence from the Netherlands",
                 f"Rethinking {topic}", f"{_cap(topic)} and customer loyalty",
                 f"The role of {topic} in Dutch consumer behaviour", f"When {topic} meets the polder model",
                 f"{_cap(topic)}: a mixed-methods study", f"Understanding {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        names = [k for k, _ in self.DRAWN]
        kind = kind or self.rng.choices(names, weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dated(self, record: dict[str, Any], year: int | None = None, day: bool = False) -> int:
        year = year or (self.rng.randint(2012, 2025) if day else self.year())
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]
        record["issued"] = {"date-parts": [parts]}
        return year

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 12))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
            self._online(
                record,
                f"https://www.{publisher.split(',')[0].lower().replace(' ', '').replace('-', '')}.nl/ebook/{self.rng.randint(10000, 99999)}",
            )
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Handboek marketing", "Handboek communicatie", "Retailing in the Netherlands",
                                                "The Routledge companion to Dutch business", "Jaarboek marketing",
                                                "Consumer behaviour in the Low Countries"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 1108, 1177, 1007, 1080, 5117])}/{self.rng.choice(['j.ijresmar', 'ejm', 'jmr', 'tvm'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(_THESIS_TYPES), "publisher": university}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.6:
            host = {"Erasmus": "thesis.eur.nl/pub", "Tilburg": "arno.uvt.nl/show.cgi?fid=", "Groningen": "frw.studenttheses.ub.rug.nl",
                    "Amsterdam": "scripties.uba.uva.nl/search?id=", "Wageningen": "edepot.wur.nl", "Delft": "repository.tudelft.nl/record/uuid:"}  # fmt: skip
            path = next((v for k, v in host.items() if k in university), "research.example-university.nl/theses")
            self._online(
                record, f"https://{path}{'' if path.endswith(('=', ':')) else '/'}{self.rng.randint(1000, 999999)}"
            )
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, publisher = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": name.replace("{n}", str(self.rng.randint(40, 53))), "publisher": publisher,
            "event-place": self.rng.choice(["Amsterdam", "Rotterdam", "Maastricht", "Groningen", "Utrecht", "Budapest"]),
            "page": f"{start}-{start + self.rng.randint(5, 12)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "CBS (2019a)" and "(2019b)".
        if self.organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "URL" in record and name in _HOSTS and "youtube" not in record["URL"] and "wetten" not in record["URL"]:
                path = record["URL"].split("/", 3)[3]
                record["URL"] = f"https://www.{_HOSTS[name]}/{path}"
            if "accessed" in record:
                record["accessed"] = self.accessed(issued["date-parts"][0][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _company_web(self) -> Work:
        name, host = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Over ons [About us]", "Onze duurzaamheidsstrategie [Our sustainability strategy]", "Our purpose", "Newsroom",
            "Privacyverklaring [Privacy statement]", "Klantenservice [Customer service]", "Careers in the Netherlands",
            "Press release: results {Y}", "Our brands", "Sinterklaas campagne {Y}", "Koningsdag {Y}: alles in het oranje"])}  # fmt: skip
        year = self._dated(record) if self.rng.random() < 0.75 else None
        record["title"] = self._fill(record["title"], year)
        self._online(record, f"https://www.{host}/{self._slug()}")
        return self._org_work(
            record,
            "web",
            name,
            {"company"} | ({"ampersand"} if "&" in name else set()) | ({"apostrophe"} if "'" in name else set()),
        )

    def _company_report(self) -> Work:
        name, host = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice(["Jaarverslag {Y} [Annual report {Y}]", "Annual report {Y}", "Integrated annual report {Y}",
                                 "Duurzaamheidsverslag {Y} [Sustainability report {Y}]", "Impact report {Y}",
                                 "Jaarverslag {Y}", "Q{q} {Y} trading update"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._fill(title, year), "publisher": name,
                                  "publisher-place": self.rng.choice(["Amsterdam", "Zaandam", "Utrecht", "Den Haag", "Rotterdam", "Eindhoven", "Veghel"])}  # fmt: skip
        self._dated(record, year)
        if self.rng.random() < 0.6:
            self._online(record, f"https://www.{host}/{self._slug()}.pdf")
        return self._org_work(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        name, host = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title()}
        if self.rng.random() < 0.3:
            record["title"] = self.rng.choice(["Nederlandse Reclame Code {Y}", "Reclamecode Social Media & Influencer Marketing (RSM) {Y}",
                                               "Jaaroverzicht {Y} [Annual review {Y}]", "Dutch Email Benchmark {Y}", "IAB Ad Spend Study {Y}"])  # fmt: skip
        year = self._dated(record)
        record["title"] = self._fill(record["title"], year)
        self._online(record, f"https://www.{host}/{self._slug()}")
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _government(self) -> Work:
        name, host = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice([
            "Boete voor {B} om cookies [Fine for {B} over cookies]", "Leidraad duurzaamheidsclaims [Guidelines on sustainability claims]",
            "Jaarverslag {Y}", "Consumentenvertrouwen, {Y} [Consumer confidence, {Y}]", "Online winkelen {Y}",
            "Staat van de consument {Y}", "Toezichtsagenda {Y}", "Betalingsverkeer in Nederland {Y}",
            "Bevolking van Caribisch Nederland {Y}", "Trendrapportage {Y}", self._title()])}  # fmt: skip
        year = self._dated(record)
        record["title"] = self._fill(record["title"], year)
        self._online(record, f"https://www.{host}/{self._slug()}")
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, year, staatsblad, code = self.rng.choice(_LAWS)
        name = self.rng.choice(_LAW_AUTHORS)
        record: dict[str, Any] = {
            "type": "legislation",
            "title": title,
            "container-title": staatsblad.replace("Stb.", "Staatsblad"),
        }
        self._dated(record, year)
        self._online(record, f"https://wetten.overheid.nl/{code}/{self.rng.randint(2019, 2024)}-01-01", chance=0.9)
        if "accessed" in record:
            record["accessed"] = self.accessed(year)
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name, host = self.rng.choice(_RESEARCH)
        record: dict[str, Any] = {"type": "report", "publisher": name}
        year = self._dated(record) if self.rng.random() < 0.92 else None
        record["title"] = self._fill(self.rng.choice(_RESEARCH_TITLES), year)
        self._online(record, f"https://www.{host}/nl/{self._slug()}")
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._fill(self.rng.choice(_PRESS_TITLES)),
                                  "author": self._people(2), "container-title": self.rng.choice(_PRESS)}  # fmt: skip
        self._dated(record, day=True)
        self._online(
            record,
            f"https://www.{record['container-title'].lower().replace(' ', '').replace('.nl', '')}.nl/{self._slug()}",
        )
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._fill(self.rng.choice(_PRESS_TITLES)),
                                  "container-title": paper}  # fmt: skip
        self._dated(record, day=True)
        self._online(record, f"https://www.{paper.lower().replace(' ', '').replace('.nl', '')}.nl/{self._slug()}")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform, url = self.rng.choice(_SOCIAL)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            "Fijne Koningsdag! 🧡", "Sinterklaas komt eraan: bestel op tijd", "Keti Koti 1 juli: wij staan stil",
            "Black Friday deals live now", "Our new store in Almere is open", "Bedankt voor 10 jaar!",
            "Elfstedentocht? Wij zijn er klaar voor", "Dutch Design Week: see you in Eindhoven"]),
            "container-title": platform}  # fmt: skip
        self._dated(record, day=True)
        self._online(record, url.format(code=self.rng.randint(10**8, 10**9)), chance=0.9)
        if self.rng.random() < 0.5:
            name, _host = self.rng.choice(_COMPANIES)
            return self._org_work(record, "social", name, {"company"})
        record["author"] = self._people(1)
        return self._person_work(record, "social")

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PODCASTS)}  # fmt: skip
        if "[" not in record["title"]:
            record["title"] += " [Podcast]"
        self._dated(record, day=True)
        self._online(record, f"https://www.bnr.nl/podcast/{self._slug()}")
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        name, _host = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([
            "The making of our Christmas ad", "Wij zijn Odido", "Tikkie: betalen zonder gedoe", "Hoe Picnic werkt",
            "ING Sprint Cup highlights", "Heineken: Cheers to all", "Albert Heijn: Het kan wel", "KLM: Bon Voyage"]),
            "medium": "YouTube video"}  # fmt: skip
        self._dated(record, self.rng.randint(2012, 2025))
        self._online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}")
        return self._org_work(record, "video", name, {"company"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        pool = self.rng.choice([_COMPANIES, _BODIES, _GOVERNMENT])
        name, host = self.rng.choice(pool)
        self._online(record, f"https://www.{host}/{self._slug()}", chance=0.8)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, {"undated"})
