"""Works for the sixtieth held-out pool, "blind60": what marketers in Brazil, Mexico, Colombia, Argentina and Chile cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixtieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from what brand, trade, CRM,
e-commerce and communications marketers at retailers, banks, neobanks, beverage and beer brands, cosmetics firms,
telecoms and agencies in São Paulo, Rio de Janeiro, Mexico City, Monterrey, Bogotá, Medellín, Buenos Aires and
Santiago put in their reference lists on CIM Level 6 and 7 courses and MBAs taught in English: English textbooks and
their Portuguese and Spanish editions, Latin American and international journals with one to eight authors,
dissertações, teses and MBA dissertations, company reports of S.A., S.A.B. de C.V. and Ltda. firms, Kantar IBOPE
Media, Nielsen, Euromonitor and eMarketer reports, IBGE, INEGI and DANE releases, laws under the state that made
them, regulators and trade bodies, signed and unsigned articles in the national business press, YouTube videos,
Instagram posts and podcasts, web pages with and without dates or access dates. Names: Portuguese and Spanish names
with particles, double surnames with and without hyphens, "y", Filho, Júnior, Neto and Sobrinho, accents and tildes;
Japanese-Brazilian, Lebanese-Mexican, Italian-Argentine and German-Chilean names, Maya, Andean and Mapuche surnames,
and expatriates. Real-looking people are invented; real organisations are named as they sign their documents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_BR_GIVEN = ["João Pedro", "Maria Eduarda", "Ana Beatriz", "Luiz Felipe", "Thiago", "Camila", "Rafaela", "Gustavo",
             "Letícia", "Fernanda", "Márcio", "Luana", "Vinícius", "Júlia", "Sérgio", "Conceição", "Raimundo",
             "Tatiane", "Antônio Carlos", "Gisele", "Otávio", "Renata", "Cláudia", "Paulo Henrique"]  # fmt: skip
_BR_FAMILY = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento",
              "Lima", "Araújo", "Fernandes", "Carvalho", "Gomes", "Martins", "Rocha", "Ribeiro", "Barbosa",
              "Cavalcanti", "Magalhães", "Gonçalves", "Assunção", "Brandão", "Mello", "Falcão", "Bittencourt",
              "Leão", "Guimarães", "Queiroz", "Sampaio"]  # fmt: skip
_ES_GIVEN = ["María José", "José Luis", "Juan Camilo", "Valentina", "Sofía", "Alejandro", "Santiago", "Mariana",
             "Daniela", "Andrés Felipe", "Ximena", "Rodrigo", "Catalina", "Florencia", "Agustín", "Guadalupe",
             "Benjamín", "Ignacio", "Constanza", "Martina", "Luz Marina", "Héctor", "Ramón", "Paulina", "Joaquín"]  # fmt: skip
_ES_FAMILY = ["García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez",
              "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz", "Gutiérrez", "Chávez", "Vargas",
              "Castillo", "Jiménez", "Moreno", "Herrera", "Medina", "Aguilar", "Muñoz", "Rojas", "Núñez", "Peña",
              "Ibáñez", "Ordóñez", "Cortés", "Saldaña", "Zúñiga", "Echeverría", "Arboleda", "Uribe", "Restrepo",
              "Jaramillo", "Londoño", "Ocampo", "Cárdenas", "Villaseñor", "Bustamante", "Sepúlveda", "Figueroa"]  # fmt: skip
_PARTICLED = [("da", "Silva"), ("dos", "Santos"), ("de", "Souza"), ("das", "Neves"), ("do", "Nascimento"),
              ("de", "Oliveira"), ("da", "Cunha"), ("de la", "Fuente"), ("del", "Valle"), ("de los", "Ríos"),
              ("de la", "Torre"), ("del", "Castillo"), ("de", "León")]  # fmt: skip
_SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
# Names of families who came from elsewhere, with the given names their grandchildren carry.
_IMMIGRANT = [("Tanaka", "Ricardo"), ("Nakamura", "Juliana"), ("Yamamoto", "Fábio"), ("Sato", "Érika"),
              ("Kobayashi", "Marcelo"), ("Hayashi", "Patrícia"), ("Watanabe", "Lucas"), ("Ueda", "Mariana"),
              ("Haddad", "Fernando"), ("Chedid", "Karim"), ("Abdala", "Leila"), ("Nahas", "Jorge"), ("Kalil", "Samira"),
              ("Maluf", "Ricardo"), ("Sabbagh", "Nadia"), ("Harfuch", "Emilio"), ("Rossi", "Lucía"),
              ("Ferraro", "Matías"), ("Lombardi", "Franco"), ("Colombo", "Julieta"), ("Ricciardi", "Tomás"),
              ("Di Paolo", "Gianfranco"), ("D'Alessandro", "Micaela"), ("Schmidt", "Pablo"), ("Müller", "Ingrid"),
              ("Schwarzenberg", "Cristián"), ("Hoffmann", "Karin"), ("Kramer", "Felipe"), ("Richter", "Francisca"),
              ("Canché", "Xóchitl"), ("Tzec", "Citlali"), ("Pech", "Rosalía"), ("Quispe", "Wilber"),
              ("Mamani", "Yolanda"), ("Huenchullán", "Millaray"), ("Painemal", "Alejandro"), ("Catrileo", "Ayelén"),
              ("O'Connell", "Siobhan"), ("MacKenzie", "Duncan"), ("Whitfield", "Emma"), ("Kim", "Ji-ho"),
              ("Wong", "Mei Ling"), ("Iyer", "Ananya"), ("Lefèvre", "Étienne")]  # fmt: skip
_EXPAT_PARTICLE = [("van der", "Berg", "Pieter"), ("van", "Dijk", "Sanne"), ("von", "Bülow", "Anke")]
_UNIVERSITIES = [("Fundação Getulio Vargas", "São Paulo"), ("Universidade de São Paulo", "São Paulo"),
                 ("Insper", "São Paulo"), ("Universidade Federal do Rio de Janeiro", "Rio de Janeiro"),
                 ("Pontifícia Universidade Católica do Rio de Janeiro", "Rio de Janeiro"),
                 ("Tecnológico de Monterrey", "Monterrey"), ("Universidad Nacional Autónoma de México", "Ciudad de México"),
                 ("Universidad de los Andes", "Bogotá"), ("Universidad EAFIT", "Medellín"),
                 ("Universidad de Buenos Aires", "Buenos Aires"), ("Universidad Torcuato Di Tella", "Buenos Aires"),
                 ("Pontificia Universidad Católica de Chile", "Santiago"), ("Universidad de Chile", "Santiago")]  # fmt: skip
_GENRES = ["Dissertação (Mestrado em Administração)", "Tese (Doutorado em Administração de Empresas)",
           "Dissertação (Mestrado Profissional em Gestão)", "Tesis de maestría", "Tesis doctoral",
           "MBA dissertation", "Trabajo de grado (MBA)"]  # fmt: skip
_JOURNALS = ["Revista de Administração de Empresas", "Academia Revista Latinoamericana de Administración",
             "Journal of Business Research", "Latin American Business Review", "Revista Brasileira de Marketing",
             "Brazilian Administration Review", "Cuadernos de Administración", "Estudios Gerenciales", "Innovar",
             "Journal of Retailing and Consumer Services", "International Journal of Bank Marketing",
             "Journal of Consumer Behaviour", "RAUSP Management Journal", "Revista de Administração Contemporânea",
             "International Journal of Emerging Markets", "Psychology & Marketing"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Wiley", "Hoboken, NJ"),
               ("Atlas", "São Paulo"), ("Saraiva", "São Paulo"), ("Pearson Educación", "Ciudad de México"),
               ("McGraw-Hill Interamericana", "Ciudad de México"), ("Cengage", "Boston, MA"), ("Sextante", "Rio de Janeiro"),
               ("Ediciones Granica", "Buenos Aires"), ("Ecoe Ediciones", "Bogotá"), ("Alta Books", "Rio de Janeiro")]  # fmt: skip
# Who signs documents: (name as it signs, tags). Real firms, regulators, trade bodies and research houses.
_ORGANISATIONS = [
    ("Natura &Co", {"company", "ampersand"}), ("Natura &Co Holding S.A.", {"company", "ampersand"}),
    ("Magazine Luiza S.A.", {"company", "abbreviation"}), ("Magalu", {"company"}), ("Mercado Libre", {"company"}),
    ("MercadoLibre, Inc.", {"company", "comma"}), ("Nubank", {"company"}), ("Nu Holdings Ltd.", {"company"}),
    ("Itaú Unibanco", {"company"}), ("Itaú Unibanco Holding S.A.", {"company"}), ("Grupo Bimbo", {"company"}),
    ("Grupo Bimbo, S.A.B. de C.V.", {"company", "comma"}), ("FEMSA", {"company", "acronym"}),
    ("Fomento Económico Mexicano, S.A.B. de C.V. (FEMSA)", {"company", "comma", "abbreviation"}),
    ("OXXO", {"company", "acronym"}), ("Ambev S.A.", {"company"}), ("Bancolombia S.A.", {"company"}),
    ("Rappi", {"company"}), ("Falabella S.A.", {"company"}), ("Cencosud S.A.", {"company"}),
    ("Grupo Boticário", {"company"}), ("L'Oréal Brasil", {"company", "apostrophe"}),
    ("Coca-Cola FEMSA, S.A.B. de C.V.", {"company", "comma"}), ("Grupo Éxito", {"company"}),
    ("Heineken México", {"company"}), ("Banco Bradesco S.A.", {"company"}), ("Via S.A.", {"company"}),
    ("Raia Drogasil S.A.", {"company"}), ("Cervecería y Maltería Quilmes", {"company"}),
    ("Procter & Gamble", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Bain & Company", {"company", "ampersand"}), ("Deloitte", {"company"}), ("PwC Brasil", {"company"}),
    ("Kantar IBOPE Media", {"market-research"}), ("Nielsen", {"market-research"}), ("NielsenIQ", {"market-research"}),
    ("Euromonitor International", {"market-research"}), ("eMarketer", {"market-research"}),
    ("Ipsos", {"market-research"}), ("Instituto Locomotiva", {"market-research"}),
    ("Associação Brasileira de Comércio Eletrônico (ABComm)", {"trade-body", "abbreviation"}),
    ("Asociación Mexicana de Venta Online (AMVO)", {"trade-body", "abbreviation"}),
    ("Cámara Argentina de Comercio Electrónico (CACE)", {"trade-body", "abbreviation"}),
    ("Federação Brasileira de Bancos (Febraban)", {"trade-body", "abbreviation"}),
    ("Conselho Nacional de Autorregulamentação Publicitária (CONAR)", {"trade-body", "abbreviation"}),
    ("CONAR", {"trade-body", "acronym"}), ("Associação Brasileira de Anunciantes", {"trade-body"}),
    ("Sebrae", {"trade-body"}), ("Endeavor Brasil", {"trade-body"}),
    ("Instituto Brasileiro de Geografia e Estatística (IBGE)", {"government", "abbreviation"}),
    ("IBGE", {"government", "acronym"}), ("INEGI", {"government", "acronym"}),
    ("Instituto Nacional de Estadística y Geografía", {"government"}),
    ("Departamento Administrativo Nacional de Estadística (DANE)", {"government", "abbreviation"}),
    ("Profeco", {"government"}), ("Procuraduría Federal del Consumidor", {"government"}),
    ("Fundação Procon-SP", {"government"}), ("Banco Central do Brasil", {"government"}),
    ("Banco de México", {"government"}), ("Superintendencia de Industria y Comercio", {"government"}),
    ("SERNAC", {"government", "acronym"}), ("Comisión para el Mercado Financiero (CMF)", {"government", "abbreviation"}),
    ("Secretaría de Economía", {"government"}), ("Ministério da Justiça e Segurança Pública", {"government"}),
    ("Autoridade Nacional de Proteção de Dados (ANPD)", {"government", "abbreviation"}),
]  # fmt: skip
_PRESS = ["Folha de S.Paulo", "O Globo", "Exame", "Valor Econômico", "Estadão", "Meio & Mensagem", "El Universal",
          "Expansión", "El Financiero", "El Tiempo", "Portafolio", "La Nación", "Clarín", "El Mercurio",
          "Diario Financiero", "Bloomberg Línea", "Forbes México", "InfoMoney"]  # fmt: skip
_RESEARCH = ["Kantar IBOPE Media", "Nielsen", "NielsenIQ", "Euromonitor International", "eMarketer", "Ipsos",
             "Mintel", "Statista", "Kantar"]  # fmt: skip
# Laws as candidates list them: under the state that made them, with number, date and name.
_LAWS = [
    ("Brasil", 2018, "Lei nº 13.709, de 14 de agosto de 2018. Lei Geral de Proteção de Dados Pessoais (LGPD)", "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm"),
    ("Brasil", 1990, "Lei nº 8.078, de 11 de setembro de 1990. Dispõe sobre a proteção do consumidor e dá outras providências (Código de Defesa do Consumidor)", "https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm"),
    ("Brasil", 2013, "Decreto nº 7.962, de 15 de março de 2013. Regulamenta a Lei nº 8.078 para dispor sobre a contratação no comércio eletrônico", "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2013/decreto/d7962.htm"),
    ("Brasil", 2014, "Lei nº 12.965, de 23 de abril de 2014. Marco Civil da Internet", "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2014/lei/l12965.htm"),
    ("México", 1992, "Ley Federal de Protección al Consumidor", "https://www.diputados.gob.mx/LeyesBiblio/pdf/LFPC.pdf"),
    ("México", 2010, "Ley Federal de Protección de Datos Personales en Posesión de los Particulares", "https://www.diputados.gob.mx/LeyesBiblio/pdf/LFPDPPP.pdf"),
    ("Secretaría de Economía", 2020, "Modificación a la Norma Oficial Mexicana NOM-051-SCFI/SSA1-2010, Especificaciones generales de etiquetado para alimentos y bebidas no alcohólicas preenvasados", "https://www.dof.gob.mx/2020/SEECO/NOM_051.pdf"),
    ("Colombia", 2012, "Ley 1581 de 2012, por la cual se dictan disposiciones generales para la protección de datos personales", "https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=49981"),
    ("Colombia", 2011, "Ley 1480 de 2011, Estatuto del Consumidor", "https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=44306"),
    ("Chile", 1997, "Ley 19.496, que establece normas sobre protección de los derechos de los consumidores", "https://www.bcn.cl/leychile/navegar?idNorma=61438"),
    ("Chile", 2016, "Ley 20.606 sobre composición nutricional de los alimentos y su publicidad", "https://www.bcn.cl/leychile/navegar?idNorma=1041570"),
    ("Argentina", 1993, "Ley 24.240 de Defensa del Consumidor", "https://servicios.infoleg.gob.ar/infolegInternet/anexos/0-4999/638/texact.htm"),
    ("Argentina", 2021, "Ley 27.642 de Promoción de la Alimentación Saludable", "https://www.argentina.gob.ar/normativa/nacional/ley-27642-356607"),
    ("Banco Central do Brasil", 2020, "Resolução BCB nº 1, de 12 de agosto de 2020. Institui o arranjo de pagamentos Pix", "https://www.bcb.gov.br/estabilidadefinanceira/exibenormativo?tipo=Resolução%20BCB&numero=1"),
]  # fmt: skip
_TOPICS_EN = ["brand loyalty", "omnichannel retail", "social commerce", "live commerce", "digital banking adoption",
              "neobank trust", "super-app ecosystems", "Pix and instant payments", "last-mile delivery",
              "beer brand equity", "premiumisation in beverages", "clean beauty", "cause-related marketing",
              "front-of-pack warning labels", "data privacy concerns", "influencer credibility", "Black Friday discounting",
              "loyalty programmes", "retail media", "financial inclusion", "customer experience in banking",
              "WhatsApp marketing", "private-label growth", "convenience retail", "base-of-the-pyramid consumers",
              "sustainable packaging", "brand purpose", "cashback apps", "quick commerce", "telenovela product placement"]  # fmt: skip
_TOPICS_PT = ["lealdade à marca", "varejo omnicanal", "comércio eletrônico", "confiança em bancos digitais",
              "marketing de influência", "experiência do cliente", "proteção de dados", "consumo consciente",
              "programas de fidelidade", "marketing de relacionamento"]  # fmt: skip
_TOPICS_ES = ["lealtad de marca", "comercio electrónico", "banca digital", "marketing de influencia",
              "experiencia del cliente", "etiquetado frontal de advertencia", "consumo sostenible",
              "comercio social", "programas de fidelización", "publicidad en redes sociales"]  # fmt: skip
_PLACES = ["Brazil", "Mexico", "Colombia", "Argentina", "Chile", "Latin America", "São Paulo", "Mexico City",
           "Bogotá", "Medellín", "Buenos Aires", "Santiago", "Monterrey", "emerging markets"]  # fmt: skip
_PT_PLACES = ["no Brasil", "em São Paulo", "no Nordeste", "na América Latina", "entre a classe C"]
_ES_PLACES = ["en México", "en Colombia", "en Chile", "en Argentina", "en América Latina", "en Bogotá", "en la CDMX"]


class Blind60WorkFactory(WorkFactory):
    """The blind60 pool's works: Latin American marketers' sources, names and organisations."""

    # the kinds its works carry (market research and government bodies are written as reports and web pages)
    KINDS = ("book", "chapter", "journal", "thesis", "news", "web", "report", "legislation", "video", "social",
             "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 6007 + 60060)
        self.people: list[dict[str, str]] = []
        self.signed: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        if self.people and rng.random() < 0.07:  # an author met earlier in the report's sources
            return dict(rng.choice(self.people))
        roll = rng.random()
        if roll < 0.3:
            name = {"family": rng.choice(_BR_FAMILY), "given": rng.choice(_BR_GIVEN)}
            extra = rng.random()
            if extra < 0.25:
                name["family"] = f"{rng.choice(_BR_FAMILY)} {name['family']}"
            elif extra < 0.35:
                name["family"] = f"{name['family']} {rng.choice(_SUFFIXES)}"
        elif roll < 0.6:
            name = {"family": rng.choice(_ES_FAMILY), "given": rng.choice(_ES_GIVEN)}
            extra = rng.random()
            if extra < 0.25:
                name["family"] = f"{name['family']} {rng.choice(_ES_FAMILY)}"
            elif extra < 0.37:
                name["family"] = f"{name['family']}-{rng.choice(_ES_FAMILY)}"
            elif extra < 0.41:
                name["family"] = f"{name['family']} y {rng.choice(_ES_FAMILY)}"
        elif roll < 0.72:
            particle, family = rng.choice(_PARTICLED)
            given = rng.choice(_BR_GIVEN if particle in ("da", "dos", "das", "do") else _ES_GIVEN + _BR_GIVEN)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.97:
            family, given = rng.choice(_IMMIGRANT)
            name = {"family": family, "given": given}
        else:
            particle, family, given = rng.choice(_EXPAT_PARTICLE)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        self.people.append(name)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.05:
            return self.rng.randint(1975, 1999)  # the classics: Kotler, Aaker, Keller in old editions
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> None:
        issued = record.get("issued", {}).get("date-parts", [[2015]])[0]
        year = self.rng.randint(max(issued[0], 2022), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28) if issued[2] <= 28 else 28
        record["accessed"] = {"date-parts": [[year, month, day]]}

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["marca", "varejo", "consumo", "black-friday", "hot-sale", "buen-fin",
                                         "pix", "tendencias", "crm", "clientes", "2024", "relatorio", "informe",
                                         "digital", "bancos", "cerveja", "belleza"], 3))  # fmt: skip
        host = "".join(c for c in unicodedata.normalize("NFKD", host) if c.isascii())
        return f"https://www.{host}/{slug}"

    def _title(self) -> str:
        rng = self.rng
        lang = rng.random()
        if lang < 0.2:
            topic = rng.choice(_TOPICS_PT)
            forms = [f"{topic[0].upper()}{topic[1:]} {rng.choice(_PT_PLACES)}",
                     f"Os efeitos de {topic} sobre a intenção de compra", f"{topic[0].upper()}{topic[1:]}: um estudo de caso",
                     f"Determinantes de {topic} {rng.choice(_PT_PLACES)}"]  # fmt: skip
        elif lang < 0.4:
            topic = rng.choice(_TOPICS_ES)
            forms = [f"{topic[0].upper()}{topic[1:]} {rng.choice(_ES_PLACES)}",
                     f"El efecto de {topic} en la intención de compra", f"{topic[0].upper()}{topic[1:]}: un estudio exploratorio",
                     f"Determinantes de {topic} {rng.choice(_ES_PLACES)}"]  # fmt: skip
        else:
            topic, other = rng.sample(_TOPICS_EN, 2)
            place = rng.choice(_PLACES)
            forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on {other}",
                     f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                     f"Rethinking {topic} in {place}", f"When {topic} meets {other}",
                     f"{topic[0].upper()}{topic[1:]}: lessons from {place}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "news", "web", "report", "market-research", "government",
             "legislation", "video", "social", "podcast"],
            weights=[13, 5, 22, 5, 11, 10, 8, 8, 5, 4, 3, 3, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work: "IBGE, 2023a" and "2023b".
        if kind in ("report", "web") and self.signed and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.signed)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                self._accessed_after(record)
        if "issued" in record:
            self.signed.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        topic = self.rng.choice(_TOPICS_EN)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Marketing in Latin America: {topic}", "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 160)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1590', '1108', '1016', '1080', '15446'])}/{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]},
                                  "genre": self.rng.choice(_GENRES[:3] if place in ("São Paulo", "Rio de Janeiro") else _GENRES[3:]), "publisher": university, "publisher-place": place}  # fmt: skip
        return self._person_work(record, "thesis")

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(paper.lower().replace(" ", "").replace("&", "e").replace(".", "") + ".com"),
        }  # fmt: skip
        self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            record["URL"] = self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "consumidormoderno.com.br"]))
            if self.rng.random() < 0.95:
                self._accessed_after(record)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["URL"] = self._url(name.split()[0].lower().strip(",.'") + ".com")
        if self.rng.random() < 0.95:
            self._accessed_after(record)
        work = self._org_work(record, "web", name, tags)
        if "issued" not in record:
            work.tags.add("undated")
        return work

    def _report(self) -> Work:
        name, tags = self.organisation()
        year = self.year() if self.rng.random() < 0.9 else None
        titles = [f"Relatório anual {year or 2023}", f"Relatório de sustentabilidade {year or 2023}",
                  f"Informe anual {year or 2023}", f"Annual report {year or 2023}", f"Integrated report {year or 2023}",
                  f"Form 20-F {year or 2023}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles),
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(
                                      ["São Paulo", "Ciudad de México", "Bogotá", "Buenos Aires", "Santiago", "Monterrey"])}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name.split()[0].lower().strip(",.'") + ".com")
            self._accessed_after(record)
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025) if self.rng.random() < 0.9 else None
        market = self.rng.choice(["beer", "cosmetics and fragrances", "digital banking", "e-commerce", "convenience stores",
                                  "soft drinks", "bakery", "telecoms", "food delivery", "beauty and personal care"])  # fmt: skip
        country = self.rng.choice(["Brazil", "Mexico", "Colombia", "Argentina", "Chile", "Latin America"])
        titles = [f"{market.capitalize()} in {country}", f"{country} {market} forecast {year or 2024}",
                  f"Target Group Index: {market} {year or 2024}", f"Latin America {market} trends {year or 2024}",
                  f"Inside the {country} shopper: {market}", f"Retail Index {country}: {market}, Q{self.rng.randint(1, 4)}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name.split()[0].lower() + ".com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._accessed_after(record)
        return self._org_work(record, "report", name, {"market-research"})

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        surveys = ["Pesquisa Nacional por Amostra de Domicílios Contínua (PNAD Contínua)", "Pesquisa Mensal de Comércio",
                   "Encuesta Nacional de Ingresos y Gastos de los Hogares (ENIGH)", "Encuesta Nacional de Consumo",
                   "Gran Encuesta Integrada de Hogares (GEIH)", "Relatório de Economia Bancária", "Boletín de consumo",
                   "Guia de comércio eletrônico", "Estadísticas de comercio electrónico"]  # fmt: skip
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": f"{self.rng.choice(surveys)} {self.rng.choice([str(year), f'{year - 1}-{year}', ''])}".strip(),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["gov.br", "inegi.org.mx", "dane.gov.co", "gob.mx", "sernac.cl"]))}  # fmt: skip
        self._accessed_after(record)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _legislation(self) -> Work:
        state, year, title, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}, "URL": url}
        self._accessed_after(record)
        return self._org_work(record, "legislation", state, {"legislation", "government"})

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "issued": {"date-parts": [[self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkLMNOPQ0123456789_-', k=11))}"}  # fmt: skip
        self._accessed_after(record)
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org_work(record, "video", name, tags)

    def _social(self) -> Work:
        name, tags = self.organisation()
        caption = self.rng.choice(["Chegou a Black Friday mais esperada do Brasil", "Hot Sale 2024: hasta 60% de descuento",
                                   "Nossa nova campanha de Dia das Mães", "El Buen Fin ya empezó", "Carnaval com responsabilidade",
                                   "Día de Muertos: honramos a quienes nos inspiran", "Cyber Monday Chile: ofertas por 72 horas",
                                   "Pix parcelado já está disponível", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": caption,
                                  "container-title": self.rng.choice(["Instagram", "LinkedIn", "TikTok", "X (formerly Twitter)"]),
                                  "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("instagram.com/p")}  # fmt: skip
        self._accessed_after(record)
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        show = self.rng.choice(["Podcast do Varejo", "Mercado & Consumo Cast", "Marketing sin Filtro", "Café com ADM",
                                "Emprendedores LATAM", "Fintech Talks"])  # fmt: skip
        record: dict[str, Any] = {"type": "song", "title": f"Ep. {self.rng.randint(1, 240)}: {self._title()}",
                                  "container-title": show, "medium": "Podcast",
                                  "issued": {"date-parts": [[self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("open.spotify.com/episode")}  # fmt: skip
        if self.rng.random() < 0.12:
            del record["issued"]
        self._accessed_after(record)
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
