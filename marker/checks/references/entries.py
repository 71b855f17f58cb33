"""Reference-list entries: splitting a list into entries and reading each one's authors, year and kind.

In a DOCX file each entry is its own paragraph. A PDF paragraph block can hold several entries, one or more
lines each (hanging indents wrap an entry); a new entry starts on a line that opens like an entry
("Surname, X." or "Organisation (2019)") once the entry before it has its year. When a PDF's lines were
joined into one (entries set without space between them read as one paragraph), a new entry starts after a
full stop where the text opens like an entry that gives its year, once the entry before it has its year.
"""

from __future__ import annotations

import re

from marker.checks.references.model import EntryKind, ReferenceEntry
from marker.checks.references.names import (
    BODY_WORDS,
    CJK_LETTERS,
    COMPANY_SUFFIXES,
    CONNECTORS,
    ENDS_IN_A_LAWS_YEAR,
    FATHERS_NAME_ENDINGS,
    FIRMS_FORM_AFTER_A_YEAR,
    INVERTED_PARTICLES,
    LAW_WORDS,
    LINKS_IN_OTHER_LANGUAGES,
    OPENING_ONLY_PARTICLES,
    ORGANISATION_WORDS,
    PARTICLES,
    PATRONYMIC_LINKS,
    PLACES,
    SUFFIXES_UNSTOPPED,
    SURNAME_JOINERS,
    UNCASED_LETTERS,
    is_a_country,
    is_a_place_of_any_size,
    is_a_town,
    is_body_word,
    is_place,
    split_abbreviation,
    split_et_al,
    without_romanisations,
)

# With Latin Extended-A ("Żelazo", "Łukasz") and Extended Additional (Yoruba "Ọlátúnjí", Vietnamese "Ẩn"), both
# cases mixed there; Romanian "Ș", "Ț"; the hooked and open capitals of Hausa and Akan names ("Ɗanladi", "Ɔfori");
# Azerbaijani "Ə" ("Əliyeva"); the turned "Ǝ" of Ethiopianist transliteration ("Täsämma, Ǝ.").
# Latin, and Greek and Cyrillic ("Ζαχαρίου, Π.", "Шевченко, О."); Latin Extended-B from "Ǆ" whole, as scholarly
# romanisations of Georgian and Armenian use its capitals ("Ǯavaxišvili", "Ǧ").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſǄ-ɏḀ-ỿƁƊƘƳƐƆƝƏƎΆΈ-ΏΑ-ΩЀ-Я"
_PARTICLE = (
    r"(?:(?:"
    + "|".join(sorted(re.escape(p) for p in PARTICLES | OPENING_ONLY_PARTICLES if p.replace("/", "").isalpha()))
    + r")\s+)"
)
# A particle may also sit inside a double surname ("van Kuijc van Malsen").
# "van 't Erve", "'s Gravensande", "Mac an Phearsain", "Nic a' Phì"; an Irish prefix inside a double surname: "Harte Ó
# Néill".
_PARTICLE = (
    rf"(?:{_PARTICLE}|['’][ts]\s+|(?:(?<=Mac\s)|(?<=Nic\s)|(?<=Giolla\s))(?:an|na|a['’])\s+|(?<=\w\s)(?:Ó|Ní|Uí|Ua|Nic|Mhic)\s+"
    # "Puig i Ferrer", "Ortega y Gasset", "Costa e Silva": a joining word between one person's two surnames.
    rf"|(?<=\w\s)(?:{'|'.join(sorted(map(re.escape, SURNAME_JOINERS)))})\s+"
    # German nobility's "und" inside a surname after a particle: "Coreth von und zu Coredo und Starkenberg".
    r"|(?<=\svon\s)und\s+(?=zu\s)|(?<=[a-z]\s)und\s+(?=[A-Z][\w'’-]+,)"
    # Dutch "in 't Veld", "in het Panhuis", "in den Bosch": "in" before a particle; "d' Ansembourg" and "de' Medici"
    # written apart.
    r"|in\s+(?=(?:['’]t|het|den|der)\s)|de?['’]\s+(?=[A-Z]))"
)
_TRAILING_PARTICLE = r"(?:\s+(?:" + "|".join(sorted(p for p in PARTICLES | FATHERS_NAME_ENDINGS if p.isalpha())) + r"))"
# Irish mutations after the article ("Mac an tSaoi", "Ó na hÉireann", "Mac na nGall") and after "Ó", "Mac" and the
# like ("Ó hÉidhniú", "Mac mBriartaigh", "Ní bhFaoláin").
_IRISH_PREFIX = (
    r"(?:(?<=\san\s)t-?|(?<=\sna\s)[hn]|(?:(?<=Ó\s)|(?<=Ní\s)|(?<=Uí\s)|(?<=Mac\s)|(?<=Nic\s))(?:bh|h|n|t|m|g|b|d))"
)
# Up to three words ("Mac Giolla Dhé"), particles before or inside them, or after them ("Dussen van"); "St." before
# them ("St. Hill"); an article joined by a hyphen ("al-Khatib") or an ʿayn ("ʿAbd al-Raḥmān") first; the "A" of
# Chinese-Surinamese names after the first word ("Tjon A Fong").
_SURNAME = (
    rf"(?:St\.?\s+)?{_PARTICLE}*(?:[{_UPPER}]|[ODdl]['’][{_UPPER}]|[a-z]{{1,3}}-[ʿʾ]?[{_UPPER}]|[ʿʾʻ!/ǀǁǂǃ][{_UPPER}])[^\s,()]*(?:\s+A(?=\s[{_UPPER}]))?(?:\s+{_PARTICLE}*{_IRISH_PREFIX}?(?:[{_UPPER}]|[a-z]{{1,3}}-[ʿʾ]?[{_UPPER}]|[dl]['’][{_UPPER}])[^\s,.()]+){{0,2}}"
    rf"{_TRAILING_PARTICLE}?"
)
# A hyphenated given name may keep its second half in lower case: "Choi, J.-w.", or as citeproc-py renders
# "Jae-woo", "Choi, J.-. woo ."
# A given name opening with a glottal stop's mark or an ʿayn ("ʻAna", "ʿAlī", "ʿAbd Allāh") comes out of citeproc-py
# as ". 'Ana .", ". ʿAlī ." or ". ʿAbd A.".
# Portuguese and Spanish initials keep their given names' particles: "F. de P." (Francisco de Paula), "M. do C. dos S."
_INITIALS = (
    rf"(?:[{_UPPER}][a-zà-ÿ]*\.?(?:\s?-?\s?[{_UPPER}][a-zà-ÿ]*\.?|\s?-\s?\.?\s?[a-z]+\s?\.?"
    rf"|\s(?:de|da|do|dos|das|del)\s[{_UPPER}]\.)*"
    rf"|\.\s['’ʻʿʾ][{_UPPER}][a-zà-ÿ\u0100-\u017f\u1e00-\u1eff]*(?:\s(?:\.|[{_UPPER}]\.?)|$))"
)
# A generation after the initials belongs to the person: "de Leon, F., III, Thompson-Wright, O., II and ...".
_GENERATION = r"(?:,?\s(?:Jr\.?|Sr\.?|II|III|IV)(?=[\s,.(]|$))"
# How a person's given names open after "Surname, ": an initial, a name, or citeproc-py's ". 'Ana .".
_GIVEN_OPENS = rf"(?:[{_UPPER}](?:\.|[a-z]+\b)|\.\s['’ʻʿʾ][{_UPPER}])"
# A body's abbreviation in brackets before its year: "(CTO)", "(vzbv)", "(4A's)".
_ABBREVIATION_BRACKET = rf"\((?:[{_UPPER}a-z]|\d[{_UPPER}])[A-Za-z\d&.'’-]{{1,12}}\)"  # "(ONS)", "(vzbv)", "(a16z)"
# A firm's legal form after a comma, where its name is written in lower case: "eharmony, Inc. (2023)".
_LOWER_NAMES_FORM = r"(?:,(?=\s(?:Inc|Ltd|LLC|LLP|plc|PLC|Corp|Co|Limited|GmbH|AG|SA|S\.A|AB|AS|BV|NV)\.?\s))?"
# A surname's particle put after it, between commas, as some citation processors write: "Bourgondië, van, J.".
_AN_INVERTED_PARTICLE = "|".join(sorted(INVERTED_PARTICLES, key=len, reverse=True))
_INVERTED_PARTICLE = rf"(?:,\s*(?:{_AN_INVERTED_PARTICLE})(?:\s+(?:{_AN_INVERTED_PARTICLE}))?(?=\s*,))"
_PERSON = re.compile(
    rf"(?P<surname>{_SURNAME}){_INVERTED_PARTICLE}?\s*,\s*(?P<initials>{_INITIALS}){_GENERATION}?(?=[\s,.(]|$)"
)
_ENTRY_START = re.compile(
    rf"^(?:{_SURNAME}{_INVERTED_PARTICLE}?,\s*{_GIVEN_OPENS}"
    # A person with one name before one given as "Surname, I.": "Shobhaa and Lee, H.".
    rf"|[{_UPPER}][^\s,().&\d]+\s+and\s+{_SURNAME},\s*[{_UPPER}]\."
    # An organisation written in lower case ("innocent drinks (2023)", "eBay Inc. (2013)"): a few words only.
    # A social media account ("@lushltd (2021)", "u/gymrat_leeds (2023)") likewise, and a brand opening with "&"
    # ("&Beyond (no date)"). A name opening with a figure: "66°North (2023)", "3M (2020)", "7-Eleven (2019)".
    rf"|(?:[a-z]|[@&]\w|\d+[°\w'’&./-]*[A-Za-z])[\w'’&./-]*{_LOWER_NAMES_FORM}(?:\s[\w'’&.-]+){{0,3}}\s"
    rf"(?:{_ABBREVIATION_BRACKET}\s*)?"
    rf"\((?:\d{{4}}[a-z]?|(?:n\.\s?d\.?|no date)(?:\s?[a-z])?)\)"
    # "Acme (UK) Ltd (2023)", "Public Services (Social Value) Act 2012 (2012)", "Verbraucherzentrale Bundesverband
    # (vzbv) (2019)", "Gemeinsamer Bundesausschuss (G-BA) (2015)", "Mobily (Etihad Etisalat Co.) (2017)", "Carrefour
    # Egypt (Majid Al Futtaim Hypermarkets LLC) (no date)", "Mango (Punto Fa, S.L.) (2017)", "Koba Colombia S.A.S.
    # (Tiendas D1)", "La República (Perú)", "Chambre de Commerce et d'Industrie Algéro-Française (CCI Algérie-France)
    # (2022)", "CBL (Centraal Bureau Levensmiddelenhandel) (2018)" (a Dutch or German compound may be long), "LIVE
    # (Live music Industry Venues & Entertainment) (2018)"
    rf"|[{_UPPER}](?:[^()\n]|\([{_UPPER}][\w.-]{{0,12}}(?:,?\s(?:[{_UPPER}][\w.-]{{1,24}}|[a-z]{{1,12}}|&)){{0,6}}\)"
    rf"(?=,?\s[\w(&])){{0,150}}?"
    rf"(?:{_ABBREVIATION_BRACKET}\s*)?\((?:\d{{4}}[a-z]?|(?:n\.\s?d\.?|no date)(?:\s?[a-z])?)\)"
    # A person or a body named in a script with no capitals, perhaps with the name's romanisation: "李娜 (Li Na) (no
    # date)", "陈静 (Chen Jing), Wu, A. and", "招商银行 (China Merchants Bank) (2024)", "अमर उजाला (2022)".
    # Its English name may follow ("全家便利商店 FamilyMart (2017)"), or its English name in square brackets ("통계청
    # [Statistics Korea] (2019)"), after a Korean firm's legal form in brackets ("(주)오뚜기 [Ottogi Co., Ltd.]"); and
    # another author after "and".
    rf"|(?:\([{UNCASED_LETTERS}]\))?[{UNCASED_LETTERS}][^\s(),]{{0,24}}(?:\s[{UNCASED_LETTERS}][^\s(),]{{0,24}}){{0,3}}"
    rf"(?:\s\([{_UPPER}][^()\d]*\)|\s\[[{_UPPER}][^\[\]\d]*\])?(?:\s[{_UPPER}][\w&.'’-]*){{0,4}}"
    rf"(?:,\s|\sand\s|\set\sal\.?\s|\s\((?:\d{{4}}[a-z]?|(?:n\.\s?d\.?|no date)(?:\s?[a-z])?)\)))"
)
# An entry's opening inside a run of text: "Surname, X." or an organisation's name without a sentence end in
# it ("London: Sage, pp. 13–42. ONS (1988)" is the end of one entry and the start of the next, not one name).
# What a full stop may follow without ending a sentence, where a name runs on: "Health and Safety at Work etc. Act
# 1974", "Beckhoff Automation GmbH & Co. KG", "Miele & Cie. KG", "Josef Manner & Comp. AG", "Sdn. Bhd."; a father's name
# after "b." or "bt." ("Zulkifli b. Mohd Nor", "Siti Aisyah bt. Idris"); "St." inside a name ("Port St. Maarten Group"),
# and a title after another ("Tan Sri Dr. Munir Majid"), Polish "sp. z o.o." (or "Sp. z o.o.") and "Bros." ("Warner
# Bros. Discovery, Inc. (2021)", whose "Discovery, Inc." reads as a person's name and initial). ``_RUN_ON_START``
# and ``_SENTENCE_GAP`` both read it.
_RUNS_ON_AFTER = (
    r"\betc",
    r"\bCo",
    r"\bCie",
    r"\bComp",
    r"\bSdn",
    r"\sb",
    r"\sbt",
    r"\sSt",
    r"\sDr",
    r"\sProf",
    r"\s[sS]p",
    r"\bBros",
)
# A firm's second legal form after its first ("Grays Inc. Ltd", "Refrigerating Co. S.A.L."): the stop before it ends
# no sentence either. Only forms that open no firm's name ("AG Barr plc" opens with "AG").
_SECOND_FORM = r"(?=\s+(?:Ltd|LLC|LLP|PLC|plc|GmbH|PJSC|JSC|Bhd|S\.A\.[LE]?\.|Ltée)(?:[\s,.(]|$))"
# "Co.", "Cie.", "Comp." and "Bros." may end a publisher's name ("London: Macmillan & Co.", "New York: Harper &
# Bros."), and so an entry: not these.
_STOP_RUNS_ON = re.compile(
    "(?:" + "|".join(b for b in _RUNS_ON_AFTER if b not in {r"\bCo", r"\bCie", r"\bComp", r"\bBros"}) + r")\.$"
)
_RUN_ON_STOP = "|".join([*(rf"(?<={before})\." for before in _RUNS_ON_AFTER), rf"\.{_SECOND_FORM}"])
_RUN_ON_START = re.compile(
    # Its first word is not the end of a sentence ("Pearson. Trubin, D. (2025)"), unless it is "St." ("St. Hill, Z.").
    r"(?!(?!St\.)[^\s,]*\.\s)"
    rf"(?:{_SURNAME},\s*{_GIVEN_OPENS}"
    rf"|(?:[{_UPPER}]|[a-z][\w'’&-]*{_LOWER_NAMES_FORM}\s|@\w[\w.]*\s)(?:[^().\n]|\.(?=\S)|{_RUN_ON_STOP}|\([{_UPPER}][A-Za-z.-]{{0,12}}\)(?=,?\s[\w(&])){{0,140}}?\.?\s"
    rf"(?:{_ABBREVIATION_BRACKET}\s*)?\((?:\d{{4}}[a-z]?|(?:n\.\s?d\.?|no date)(?:\s?[a-z])?)\))"
)
# The characters ``_RUN_ON_START`` can begin with: a particle's or a lower-case name's letter, a capital, "'t", "@".
_RUN_ON_OPENING = re.compile(rf"[a-z{_UPPER}'’@]")
# A full stop that ends a sentence (not one of ``_RUNS_ON_AFTER``). The stop first, the words before it looked at
# after: a pattern opening on the stop is found by a fast scan for it, where one opening on look-behinds is tried at
# every character.
_SENTENCE_GAP = re.compile(
    r"\." + "".join(rf"(?<!{before}\.)" for before in _RUNS_ON_AFTER) + rf"(?!{_SECOND_FORM})\s+(?=\S)"
)
_YEAR = re.compile(
    r"\((?P<year>\d{4}[a-z]?|(?:n\.\s?d\.?|no\s+date)(?:\s?(?P<nodate_suffix>[a-z]))?)(?:,[^)]*)?\)", re.IGNORECASE
)
_BARE_YEAR = re.compile(r"^(?P<authors>.{2,250}?)[,.]?\s+(?P<year>\d{4}[a-z]?|n\.\s?d\.)[.,:]\s", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_DOI = re.compile(r"(?:\bdoi:\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/[^\s<>\"]+)", re.IGNORECASE)
_ACCESSED = re.compile(
    r"\b(?:accessed|date\s+accessed|viewed|retrieved)(?:\s+on)?\s*:?\s*(?P<date>[^)\]]*?\d[^)\]]*?)\s*(?:[)\]]|\.\s*$|$)",
    re.IGNORECASE,
)
_QUOTED_TITLE = re.compile(r"^\s*[‘'\"“](?P<title>.+?)[’'\"”](?=[\s,.:;]|$)")
_CHAPTER = re.compile(r"(?:\bIn:\s|,?\s\bin\s[^()]{0,120}\((?:eds?|editors?)\.?\))", re.IGNORECASE)
_VOLUME = re.compile(r"\b\d+\s*\(\s*\d+(?:[-–/]\d+)?\s*\)|\bvol\.?\s*\d+|\bjournal\b", re.IGNORECASE)
_REPORT = re.compile(
    r"\b(?:report|white\s?paper|working\s+paper|briefing|survey|statistical\s+bulletin|barometer|index\s+20\d\d)\b",
    re.IGNORECASE,
)
_ONLINE = re.compile(r"\bavailable\s+(?:at|from)\b|\[online\]|(?:https?://|www\.)", re.IGNORECASE)
# A place's name may hold a small word: "Port of Spain", "Newcastle upon Tyne", "Rio de Janeiro".
# Up to four words ("Ho Chi Minh City"), after a city's abbreviated kind ("TP. Hồ Chí Minh": "thành phố", city).
# "Dar es Salaam: Dar es Salaam University Press": Swahili "es" inside a city's name, and its press's.
_PLACE = rf"(?:[{_UPPER}]{{1,3}}\.\s)?[{_UPPER}][\w'-]+(?:\s(?:(?:of|upon|de|do|da|es)\s)?[{_UPPER}][\w'-]+){{0,3}}"
_PUBLISHER = re.compile(rf"(?:\b\d+(?:st|nd|rd|th)\s+edn?\b|\b[{_UPPER}][\w .'-]{{1,30}}:\s*[{_UPPER}][\w&.' -]+)")
_PLACE_PUBLISHER = re.compile(
    # "2nd edn", "6th Canadian edn": an edition alone, or before the place and publisher.
    rf"\d+(?:st|nd|rd|th)\s+(?:[{_UPPER}][a-z]+\s+)?edn?\.?"
    rf"|(?:\d+(?:st|nd|rd|th)\s+(?:[{_UPPER}][a-z]+\s+)?edn?\.?\s*)?"
    # The publisher's words are capitalised ("John Wiley & Sons", "Oxford University Press"); a subtitle's are not.
    # "Boston, MA: Harvard Business Review Press", "New York: Portfolio/Penguin", "México, D.F.: Pearson Educación".
    rf"{_PLACE}(?:,\s(?:[A-Z]{{2,3}}|(?:[A-Z]\.){{2,3}}))?:\s*(?:[{_UPPER}][\w&.'/-]*"
    # French, Spanish, Italian and Portuguese publishers hold small words too: "Presses de l'Université du Québec",
    # "Les Éditions de l'Homme", "Fondo de Cultura Económica".
    rf"(?:\s(?:(?:[ldLD]['’])?[{_UPPER}&][\w&.'’/-]*|of|and|for|the|de|du|des|la|le|les|del|della|di|da|do|dos|das|et|e|y"
    # and Malay "dan", Russian "i": "Kuala Lumpur: Dewan Bahasa dan Pustaka", "Moscow: Alpina i Ko".
    rf"|dan|i|es))*"
    # The country of a publisher's branch: "Chennai: McGraw Hill Education (India)".
    rf"(?:\s\([{_UPPER}][\w'’ -]*\))?"
    # A publisher named in characters, perhaps with its English name: "Beijing: 机械工业出版社 [China Machine Press]".
    rf"|[{UNCASED_LETTERS}]+(?:\s\[[{_UPPER}][^\[\]]*\])?)"
)
# What may stand where a title goes without being one; "Online reviews ..." is a title, "[Online]" is not.
# What stands after the year but is no title: a web address, "Available at", a medium alone ("[Kindle]"), or a
# paper's series and number alone ("Working paper 2011-30", "Discussion Paper No. 12") or its number alone.
_NOT_TITLE = re.compile(
    r"^(?:available\b|online$|\[[^\]]{1,30}\]$|https?://|www\.|accessed\b|translated\s+by\b|edited\s+by\b"
    r"|(?:(?:working|discussion|occasional|research|policy|staff|briefing)\s+papers?|documents?\s+de\s+travail"
    r"|cahiers?\s+de\s+recherche|documentos?\s+de\s+trabajo|arbeitspapier)(?:\s+(?:no\.?|n°|nr\.?|series))?\s*[\d/-]+$"
    r"|(?=[\dA-Z-]*[A-Z])\d[\dA-Z]*(?:-[\dA-Z]+)+$)",  # a paper's number alone: "24-E-068" (not "45/2014", a decree's)
    re.IGNORECASE,
)


def split_entries(text: str) -> list[str]:
    """The entries in one reference-list block: one per paragraph, or several when lines hold several."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    entries: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            entries
            and not _starts_new_entry(entries[-1], line)
            and not _name_wraps_before_its_bracket(entries[-1], line, following)
        ):
            entries[-1] = _join_wrapped(entries[-1], line)
        else:
            entries.append(line)
    return [piece for entry in entries for piece in _split_run_on(entry)]


def _name_wraps_before_its_bracket(current: str, line: str, following: str) -> bool:
    """Whether, after an entry that ended, a line with no year of its own is a body's long name whose letters or year
    open the next line: "Autorité de Régulation des Communications Électroniques et des Postes" then "(ARCEP Gabon)
    (no date) Our brands. ..."."""
    return (
        current.endswith((".", ")"))
        and _LETTERS_OR_YEAR_OPEN.match(following) is not None
        and line[:1].isupper()
        and not _has_year(line)
        and _ENTRY_START.match(f"{line} {following}") is not None
    )


# A line opening on a body's letters and its year, or on the year alone: "(ARCEP Gabon) (no date)", "(2019)".
_LETTERS_OR_YEAR_OPEN = re.compile(
    rf"(?:\([{_UPPER}][\w .&-]{{0,30}}\)\s*)?\((?:\d{{4}}[a-z]?|n\.\s?d\.?|no date)(?:\s?[a-z])?\)"
)


def _split_run_on(text: str) -> list[str]:
    """Entries run together in one line of text: cut after a full stop where an entry giving its year opens,
    once the text before it has its own year."""
    pieces: list[str] = []
    start = 0
    for gap in _SENTENCE_GAP.finditer(text):
        if _RUN_ON_OPENING.match(text, gap.end()) is None or text.find("(", gap.end(), gap.end() + 250) < 0:
            # As ``_opens_entry`` asks, before the text is cut: "(2019)" after an initial's stop, or no bracket for a
            # year where its pattern looks ("London: Kogan Page.").
            continue
        head, rest = text[start : gap.start() + 1], text[gap.end() :]
        if not _opens_entry(rest) or not _has_year(head):  # the cheaper test first: most gaps open no entry
            continue
        if _ENDS_IN_AN_INITIAL.search(head):
            continue  # "Lee, H.-. woo . (2022)": a given name's initial and its rest, not an entry's end
        jurisdiction = _jurisdiction_ending(head)
        if jurisdiction is not None and start < jurisdiction:
            # "... Kantar. Saudi Arabia. Bureau of Experts (2019) ...": the country is the next entry's, as Cite Them
            # Right writes a government body's name ("Great Britain. Parliament").
            pieces.append(text[start:jurisdiction].rstrip())
            start = jurisdiction
            continue
        pieces.append(head)
        start = gap.end()
    pieces.append(text[start:])
    return pieces


# "Lee, H.-.", "de Gannes, J.-M.", "Quaye, N.A." (after "Ankrah, N.D.,": a person's initials, not "n.d.").
_ENDS_IN_AN_INITIAL = re.compile(rf",\s*(?:[{_UPPER}]\.\s?){{0,2}}[{_UPPER}]\.(?:-\.?|-[{_UPPER}]\.)?$")


def _opens_entry(text: str) -> bool:
    """Whether running text opens with an entry: its authors, then its year with no colon before it (a place
    and publisher, "London: Brown, Carter and Harris.", or "Available at:" is the rest of an entry)."""
    if _RUN_ON_OPENING.match(text) is None:
        return False  # no character ``_RUN_ON_START`` can begin with ("(2019)" after an initial's stop)
    if _DOCUMENT_SYMBOL.match(text):
        return False  # "... armed conflict. S/RES/2447 (2018). New York: United Nations.": the document's symbol
    year = _YEAR.search(text, 0, 250)
    return year is not None and _RUN_ON_START.match(text) is not None and ":" not in text[: year.start()]


# A UN document's symbol, with its year after it in a resolution's entry: "S/RES/2447 (2018)", "A/RES/70/1".
_DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,4}/(?=[A-Z0-9./]*\d)[A-Z0-9./]+\s*\(")  # a number in it: not "ISO/IEC (2022)"


def _carries_earlier_entry(line: str) -> bool:
    """Whether a line that opens like an entry holds the end of the entry before it first: a sentence of more
    than an initial ends before the year, and an entry opens after it ("Available at: https://doi.org/10.1/x.
    Yáñez, R. (2010b) ..."). Such a line joins the entry before, and the entries are cut apart after."""
    year = _YEAR.search(line)
    if year is None or _RUN_ON_START.match(line) is not None:
        return False  # an entry's own authors ("ten Kennedy, C., McDwyer, G. and Cooke, A. (1999a)")
    # A lone capital before the stop is an initial inside a name ("Cámara de Diputados del H. Congreso de la Unión");
    # a country before it opens a government body's name ("Saudi Arabia. Bureau of Experts ... (2019)").
    return any(
        gap.start() > 3
        and not is_place(line[: gap.start()])
        and not _LONE_CAPITAL.match(line, gap.start() - 2)
        and not _DOTTED_ABBREVIATION.search(line, 0, gap.start() + 1)
        and not _ENDS_IN_AN_INITIAL.search(line, 0, gap.start() + 1)
        and _opens_entry(line[gap.end() :])
        for gap in _SENTENCE_GAP.finditer(line, 0, year.start())
    )


_LONE_CAPITAL = re.compile(rf"\s[{_UPPER}]\.")
# A firm's form or a country in dotted letters ends no sentence: "Barilla G. e R. Fratelli S.p.A. Società Benefit".
_DOTTED_ABBREVIATION = re.compile(r"(?<!\S)(?:[^\W\d_]{1,2}\.){2,}$")


def _jurisdiction_ending(head: str) -> int | None:
    """Where the country that ends ``head`` (the text before a full stop) opens, when a sentence ended before it:
    "... broadband. Kantar. Saudi Arabia." gives where "Saudi Arabia" starts."""
    gaps = list(_SENTENCE_GAP.finditer(head, 0, len(head) - 1))
    if not gaps or not is_place(head[gaps[-1].end() : -1]):
        return None
    return gaps[-1].end()


def _has_year(text: str) -> bool:
    return _YEAR.search(text) is not None or _BARE_YEAR.match(text + " ") is not None


def _has_own_year(text: str) -> bool:
    """Whether text gives a year as an entry does: in brackets, or bare after its authors; not the year that ends a
    law's name ("Consumers Act 2024.") or its number ("No. 9 of 2003")."""
    if _YEAR.search(text) is not None:
        return True
    bare = _BARE_YEAR.match(text + " ")
    if bare is None:
        return False
    authors = bare.group("authors")
    # Nor "Affairs Authority Act, No. 9 of 2003": an Act's number and year carried onto the next line; nor "Practices
    # Act, S.S. 2013, c. C-30.2": an Act's title ending on the next line, then the statute book's letters and year.
    return (
        authors.rsplit(None, 1)[-1].casefold() not in LAW_WORDS | {"of"}
        and authors.split(",", 1)[0].rsplit(None, 1)[-1].casefold() not in LAW_WORDS
    )


# An entry's line that ends where no entry ends: on a comma, "and", a word that joins an organisation's name
# ("Department for", "University of"), or a chapter's "in" or an editor's "by" and the editor's initials ("Edited
# by R." then "McIntyre, K. Helmy, and J. Lachance.").
_CARRIED_ON = re.compile(
    rf"(?:[,&:]|\b(?:for|of|the|to|at|on|with)|\b(?:and|in|by|eds?\.?)(?:\s+(?:[{_UPPER}][a-z]?\.[\s-]*)+)?"
    # "Ministère du Tourisme, de l'Artisanat et de l'Économie Sociale et": a body's name in its own language.
    r"|\s(?:" + "|".join(sorted(LINKS_IN_OTHER_LANGUAGES)) + r"))$"
)


# A place, its state or county and a publisher on a line of their own: "Milton, Qld: Wiley." (no "Surname, I.").
# "Thousand Oaks, CA: Sage", "Montevideo: MercadoLibre, Inc.": a place and publisher wrapped onto a line of its own.
# "México, D.F.: Pearson Educación": the state in dotted letters.
# "London: Sage.", "Thousand Oaks, CA: Sage.", "Hamilton, Bermuda: Proximo Spirits, Inc.": a town and its state, region
# or country before the publisher; an author's initials ("Smith, J.") never stand before a colon.
_PLACE_AND_PUBLISHER_LINE = re.compile(
    r"[A-Z][\w.'’ -]{1,30}(?:,\s*(?:[A-Z][A-Za-z]{1,5}\.?|(?:[A-Z]\.){2,3}|[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}))?:\s"
)


_THESIS_ENDS = re.compile(r"\b(?:[Tt]hesis|[Dd]issertation|[Mm]émoire(?: de [a-z]+)?)\.?$")


def _ends_on_its_year(text: str) -> bool:
    """Whether an entry's first bracketed year is the last thing in it: its authors and year, nothing after."""
    year = _YEAR.search(text)
    return year is not None and year.end() == len(text)


def _starts_new_entry(current: str, line: str) -> bool:
    if _inside_quotation(current) or _CARRIED_ON.search(current, max(len(current) - 40, 0)):
        return False  # a title in quotation marks or a list of editors ("in L.") wrapped at the line's end
    if _DOCUMENT_SYMBOL.match(line):
        return False  # "S/RES/2447 (2018). New York: United Nations.": a resolution's symbol, then its year
    # A line without a year of its own that carries on the entry before it: its place and publisher, the body that
    # published its own report, or a thesis's institution.
    wrapped = _PLACE_AND_PUBLISHER_LINE.match(line) or _publisher_is_its_author(current, line) or _university_line(line)
    # "... MSc dissertation." then "ISET, Tbilisi State University.": the thesis's institution on a line of its own.
    wrapped = wrapped or _THESIS_ENDS.search(current) is not None
    # "... Proceedings of the EMAC Annual Conference." then "EMAC Annual Conference, Limassol, pp. 353-364.": the
    # event named again, with its place and the paper's pages.
    wrapped = wrapped or _names_the_proceedings_again(current, line)
    # "... Annual Conference." then "Edinburgh TV Festival, Dublin.": a conference paper's venue and place, a short
    # line with no year of its own.
    wrapped = wrapped or (_CONFERENCE_ENDED.search(current) is not None and len(line.split()) <= _VENUE_WORDS)
    # "... Screen Studies (BAFTSS)" then "Annual Conference, Dublin.": a body's letters end no entry, which ends on
    # a stop; the name runs on.
    wrapped = wrapped or _ENDS_ON_ITS_LETTERS.search(current) is not None
    if wrapped and not _has_year(line):
        return False
    if current.endswith("& Co.") and line.split(None, 1)[0].strip(",.").casefold() in COMPANY_SUFFIXES:
        return False  # "Beckhoff Automation GmbH & Co." then "KG (no date) ...": one firm's name wrapped
    if _STOP_RUNS_ON.search(current, max(len(current) - 8, 0)):
        # "Rossmann Supermarkety Drogeryjne Polska sp." then "z o.o. (2015) ...", "... Bintang Snacks Sdn." then "Bhd.
        # (2019) ...": a stop that ends no sentence inside running text ends no entry at a line's end either.
        return False
    first_word = line.split(None, 1)[0].rstrip(",")
    if not current.endswith(".") and first_word.istitle() and first_word.casefold() in LAW_WORDS:
        return False  # "... Technologies (Electronic Commerce)" then "Regulations, Statutory Instrument No. 54 ..."
    ended = current.endswith((".", ")"))
    if not (_has_year(current) or ended) or _ENTRY_START.match(line) is None:
        return False
    if current.endswith(")") and _ends_on_its_year(current) and _PERSON.match(line) is None:
        # "House of Lords Select Committee on ... Industry (2022)" then "Gambling Survey for Great Britain: annual
        # report (2022). Available at: ...": an entry ends on no year, so its title wrapped, however entry-like.
        return False
    if not ended and _name_begun_after_an_entry(current, line):
        return False  # "... 75402. Commission Nationale de contrôle ... à caractère" then "Personnel (CNDP) (2016)"
    if not ended and not _has_own_year(line):
        # "... wave 3. Peloton / Interactive, Inc. Available at:": a name carried on, not a new entry; so is an Act's
        # title ("... (2024) Digital" then "Markets, Competition and Consumers Act 2024.").
        return False
    if not ended and _wrapped_words(line):
        return False
    if not ended and _PROCEEDINGS_OPEN.search(current, max(len(current) - 120, 0)):
        # "... Proceedings of the Innovation" then "Management, Entrepreneurship and Sustainability (IMES) 2008.
        # Prague: ...": the event's name runs on until its stop.
        return False
    if not ended and line[:1].islower() and _title_still_open(current):
        # "... (2018b) Guidelines for processing" then "pseudonymised information (2016). Available at: ...": a title
        # with no full stop yet runs on; a brand in lower case ("innocent drinks (2023)") opens an entry only after one.
        return False
    if not ended and _A_TITLES_DATE_OPENS.match(line) and _title_still_open(current):
        # "... Regional economic outlook: sub-Saharan" then "Africa, October 2016. Washington, DC: ...": the title's
        # last word and its date, not "Surname, Given name" and a year (which Harvard puts in brackets).
        return False
    if not ended and _names_only_a_kind_of_body(line) and _ends_in_a_name_begun(current):
        # "... pp. 1-9. House of Commons Public Administration and" then "Committee (2016) Who decides?": no body
        # is named by its kind alone, so the line ends the name the line before began (cut apart after).
        return False
    # An entry cut off mid-sentence ("Abingdon:") is more likely carried on by a line such as "Pearson. Trubin,
    # D. (2025) ...": unless it ended, the line must open as an entry does inside running text.
    if _carries_earlier_entry(line) and not (ended and _A_SHORTENED_NAME_OPENS.match(line)):
        return False
    return ended or _RUN_ON_START.match(line) is not None


# A line opening on one capitalised word cut short with a stop, then a name: "Fred. Olsen, S.A. (2020)", "Wm.
# Grant & Sons (2019)". After an entry that ended, it opens the next entry with a shortened given name; only a line
# after an entry cut off ("... Abingdon:" then "Routledge. Trubin, D. (2025)") carries the end of the one before.
_A_SHORTENED_NAME_OPENS = re.compile(rf"[{_UPPER}][a-z]{{1,4}}\.\s+[{_UPPER}]")


# A word or two and a comma, then a month and a year with no bracket: "Africa, October 2016", "Asia, 3 May 2021".
_A_TITLES_DATE_OPENS = re.compile(
    rf"[{_UPPER}][\w'’-]*(?:\s[{_UPPER}][\w'’-]*)?,\s+(?:\d{{1,2}}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{4}\b"
)
# Proceedings whose event's name has not ended yet at the end of a line.
_PROCEEDINGS_OPEN = re.compile(r"\bProceedings of (?:the )?[^.:()]{2,120}$")
# A paper's proceedings at the end of a line: Cite Them Right names the event again after them, with its place and
# the paper's pages, which may wrap onto a line of their own.
_PROCEEDINGS_ENDING = re.compile(r"Proceedings of (?:the )?(?P<event>[^.]{4,120})\.$")


# A conference paper's entry ending on the conference's name, and the most words its venue and place take on a line
# of their own.
_CONFERENCE_ENDED = re.compile(r"\b(?:Conference|Congress|Symposium|Colloquium|Convention|Workshop)\.$")
_VENUE_WORDS = 8
# A body's letters in brackets at the end of a line.
_ENDS_ON_ITS_LETTERS = re.compile(r"\s\([A-Z][A-Za-z&]{1,11}\)$")


def _names_the_proceedings_again(current: str, line: str) -> bool:
    proceedings = _PROCEEDINGS_ENDING.search(current)
    return proceedings is not None and line.startswith(proceedings["event"])


_KIND_OF_BODY_ALONE = re.compile(rf"(?P<kind>[{_UPPER}][a-z]+)\s*\((?:\d{{4}}[a-z]?|n\.\s?d\.?|no date)\)")
# Capitalised words and the small words of a body's name, with nothing after them: "House of Commons Public
# Administration and Constitutional Affairs", "Department for Environment, Food &".
_NAME_WORD = rf"(?:[{_UPPER}][\w'’-]*|of|and|for|the|on|&)"
_NAME_BEGUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD},?)*")


def _name_begun_after_an_entry(current: str, line: str) -> bool:
    """Whether the text after the last full stop of an entry begins the next entry's author, which the line carries
    on to its year: a long body's name wrapped ("Commission Nationale de contrôle de la protection des Données à
    caractère" then "Personnel (CNDP) (2016) ...")."""
    tail = _after_the_last_stop(current)
    if tail is None or " " not in tail or not tail[:1].isupper():
        return False
    return not _has_year(tail) and _opens_entry(f"{tail} {line}")


def _title_still_open(current: str) -> bool:
    """Whether an entry's text has its year and, after it, no full stop, question mark or closing bracket: its title
    has begun and not ended."""
    year = _YEAR.search(current)
    return year is not None and _TITLE_ENDED.search(current, year.end()) is None


_TITLE_ENDED = re.compile(r"[.?!)]\s|[.?!]$")


def _wrapped_words(line: str) -> bool:
    """Whether a line that follows an unfinished one carries its words on rather than opening an entry: it opens
    with a small word in lower case that opens no surname ("of evidence (2023) ...", "et numérique (2023b) ..."),
    or holds a colon before its year, as a title does ("Britain: annual report (2022). London: ...")."""
    first = line.split(" ", 1)[0]
    if first[:1].islower() and first.casefold() not in PARTICLES and not first.startswith("@"):
        return first.isalpha() and len(first) <= 4
    year = _YEAR.search(line)
    return year is not None and ":" in line[: year.start()]


def _names_only_a_kind_of_body(line: str) -> bool:
    """Whether a line opens with a kind of body alone before a year ("Committee (2016)"), which names no one."""
    opening = _KIND_OF_BODY_ALONE.match(line)
    return opening is not None and opening.group("kind").casefold() in BODY_WORDS


def _after_the_last_stop(text: str) -> str | None:
    """The text after the last full stop that ends a sentence in it; None when none does."""
    gaps = list(_SENTENCE_GAP.finditer(text))
    return text[gaps[-1].end() :] if gaps else None


def _ends_in_a_name_begun(current: str) -> bool:
    """Whether the text after an entry's last full stop is the start of a name and nothing else."""
    tail = _after_the_last_stop(current)
    tail = current if tail is None else tail
    return len(tail) <= 150 and not _has_year(tail) and _NAME_BEGUN.fullmatch(tail) is not None


def _publisher_is_its_author(current: str, line: str) -> bool:
    """Whether a line opens with the name the entry before opened with, then a full stop: a body that published its
    own report ("Shiseido Company, Limited (2025) Report 2025." then "Shiseido Company, Limited. Available at:
    ..."); a name ending on its own stop is written once ("Loro Parque, S.A. Available at: ...")."""
    author = current.split(" (", 1)[0]
    opening = author if author.endswith(".") else f"{author}."
    return len(author) > 2 and line.startswith(opening) and line[len(opening) : len(opening) + 1] in {"", " "}


def _university_line(line: str) -> bool:
    """Whether a line opens with a thesis's institution ("Goldsmiths, University of London."), not a person's
    "Surname, Given name"."""
    person = _PERSON.match(line)
    # "Bayes Business School, City, University of London.": a school of several words, then its university.
    return person is not None and (_given_name_is_a_body(person) or _surname_is_a_body(person, line))


# "Goldsmiths, University of London", "Macromill, Inc.": a body's word or a firm's form where a given name goes (a
# form written as a word: "S.A." may be a person's initials).
_BODY_GIVEN_NAMES = ORGANISATION_WORDS | {
    form.rstrip(".") for form in COMPANY_SUFFIXES if "." not in form.rstrip(".") and " " not in form and len(form) > 2
}


def _given_name_is_a_body(person: re.Match[str]) -> bool:
    """Whether what reads as "Surname, Given name" gives a body's word for the given name ("..., University")."""
    given = person.group("initials").split()
    return bool(given) and given[0].strip(".").casefold() in _BODY_GIVEN_NAMES


# Indonesian degrees written after a name, as the person's: "Dharmawan, I.G.N., S.E., Ak." (Sarjana Ekonomi, Akuntan),
# "Hidayat, R., S.Kom., M.M.".
_DEGREES_AFTER_A_NAME = frozenset({
    "se", "sh", "st", "skom", "ssos", "spd", "spsi", "sip", "ssi", "mm", "msi", "mkom", "mt", "me", "mba", "msc", "ak",
    "phd", "drs", "dra",
})  # fmt: skip


def _a_degree_after_a_name(person: re.Match[str]) -> bool:
    """Whether what reads as the next person of a list is a degree of the one before ("S.E., Ak."): a stopped
    abbreviation among the degrees, not a surname written as initials ("K.C., R.")."""
    surname = person.group("surname")
    return "." in surname and surname.replace(".", "").casefold() in _DEGREES_AFTER_A_NAME


def _given_name_opens_a_linked_name(person: re.Match[str], body: str) -> bool:
    """Whether what reads as a given name in full is the first names of the next person, linked to the father's:
    "Jalong, Megat Iskandar bin Salleh" ends one name ("Rosalind anak Jalong") and opens another."""
    if person.group("initials").endswith("."):
        return False  # initials, not a given name in full: most people of a list
    following = body[person.end() : person.end() + 8].split(None, 1)
    return bool(following) and following[0].casefold() in PATRONYMIC_LINKS


def _a_place_alone(word: str) -> bool:
    """Whether a word names a place by itself ("Portugal", "Wales"). The halves of places' names that the place list
    holds ("San", "Kong", "Sri") are short, and Chinese and Chinese-Surinamese surnames end in them ("Kong A San");
    so is a four-letter country ("Peru"), which no body's name here has ended on."""
    return word.casefold() in PLACES and len(word) > 4


def _an_initial_or_dotted(initials: str) -> bool:
    """Whether what follows a surname's comma is one initial ("C", its stop cut off with the list's) or initials with
    stops ("C.M."): a person's, where "AB" may be a firm's legal form."""
    return "." in initials or len(initials.strip()) == 1


def _surname_is_a_body(person: re.Match[str], body: str) -> bool:
    """Whether what reads as "Surname, Initials" is a body's name: its state's initials ("Financial Supervisory
    Commission, R.O.C.") or the rest of its name ("Superintendencia de Banca, Seguros y AFP") after a surname of
    several words with a body's word among them, which no person's is ("Del Banco" has one word and a particle);
    or a firm's legal form after the comma ("Distribuidora Chapina, S. de R.L.", "Galp Energia, SGPS, S.A.")."""
    surname = person.group("surname")
    words = [word for word in surname.split() if word.casefold() not in PARTICLES] if " " in surname else ()
    # "Turismo de Portugal, I.P.", "Telia Lietuva, AB": a body of its country, named with a particle, in three words or
    # more, or with letters after it that are no initials; two surnames may end on a place's name ("Alcántara Madrid,
    # C.").
    of_a_place = (
        len(words) > 1
        and _a_place_alone(words[-1])
        and (len(words) > 2 or len(words) < len(surname.split()) or not _an_initial_or_dotted(person.group("initials")))
    )
    if len(words) > 1 and (any(is_body_word(word) for word in words) or of_a_place):
        return True
    start = person.start("initials")
    opening = body[start : start + _LONGEST_FORM].casefold()
    if opening.split(None, 1)[0].rstrip(".,") not in SUFFIXES_UNSTOPPED and not opening.startswith(_FORMS_OF_WORDS):
        return False  # a person's initials, as most are: no more looked at
    forms = [form.strip() for form in body[start:].casefold().strip().rstrip(".,").split(",")]
    # Not initials alone, which may be a person's ("Smith, S.A."); two forms are a firm's, whatever their letters
    # ("Corticeira Amorim, S.G.P.S., S.A.": a holding company and a company limited by shares).
    return all(form.rstrip(".") in SUFFIXES_UNSTOPPED for form in forms) and (
        len(forms) > 1 or not _INITIALS_ALONE.fullmatch(forms[0])
    )


def _inside_quotation(text: str) -> bool:
    """Whether text ends inside a title in quotation marks: "‘Measuring Trust: Scale Development and"."""
    # A stray mark must not join the rest of the list: a title wraps over a line or two, not more.
    return any(text.rfind(opening) > text.rfind(closing) and len(text) - text.rfind(opening) < 250
               for opening, closing in (("‘", "’"), ("“", "”")))  # fmt: skip


def _join_wrapped(previous: str, line: str) -> str:
    """Joins a wrapped line to its entry: no space inside a broken URL or after a hyphen at a line end."""
    last_word = previous.split()[-1]
    first_word = line.split()[0]
    continues_url = first_word[:1].islower() or first_word[:1] in "/.-_?=&%#~0123456789"
    if _URL.match(last_word) and not last_word.endswith(")") and continues_url:
        return previous + line
    if previous.endswith("-") and line[:1].islower():
        return previous + line
    return f"{previous} {line}"


_JOINERS = re.compile(r"\s+(?:and|&)\s+|,\s*")


def _authors(text: str) -> tuple[tuple[str, ...], bool, bool, tuple[str, ...]]:
    """Authors of an entry from the text before its year: (names, et al., organisation, aliases)."""
    plain, places, glosses = without_romanisations(text)
    if places:
        # "李娜 (Li Na), Deng, V.W. and 刘洋 (Liu Yang)": names in their own script, each with its romanisation,
        # read without them; the first author's is a name it may be cited by too ("(Li Na, 2025)").
        read, et_al_, organisation, aliases = _authors(plain)
        head = text.lstrip()
        if read and head.startswith(f"{head.split(' ', 1)[0]} ({glosses[0]})"):
            aliases = (*aliases, glosses[0])
        return read, et_al_, organisation, aliases
    body, et_al = split_et_al(_without_the_lists_stop(text.strip()).strip())
    if ENDS_IN_A_LAWS_YEAR.search(body):
        return (body,), bool(et_al), True, ()  # "Digital Markets, Competition and Consumers Act 2024": no people
    lead = _INITIALS_THEN_NAME.match(body) if body[1:2] == "." else None  # most lists open with a surname
    if lead and body.startswith(", ", lead.end()):
        # "A. R. Rahmath, Suppiah, K. and Kamath, G.": a first author written as South Indian names are, the
        # initials first, before others by "Surname, I." (not "R. Rahmath, Suppiah": no such surname and given name).
        others, others_et_al, body_only, _aliases = _authors(body[lead.end() + 2 :])
        if others and not body_only:
            return (lead.group("name"), *others), bool(et_al) or others_et_al, False, ()
    # "St George's, University of London": a college and its university, not "Surname, Given name".
    people, degrees, people_length = [], 0, 0
    for person in _PERSON.finditer(body):
        if _a_degree_after_a_name(person):
            degrees += len(person.group(0))  # the person's before it: no author, but part of the list's text
        elif (
            not _given_name_is_a_body(person)
            and not _surname_is_a_body(person, body)
            and not _given_name_opens_a_linked_name(person, body)
        ):
            people.append(person)
            people_length += person.end() - person.start()  # summed as they are found, not in a second pass
    # "Tigist Berhane and Wilkins, A.": people named in full, as those with no surname are, before the others.
    named_in_full = _named_in_full(body[: people[0].start()], people[0]) if people and people[0].start() > 0 else []
    # "Farah, M.A. and Saba Tadesse", "Thant, K.M., Min Thu and Choki Wangmo": the last authors named in full after
    # the last "Surname, I.", as Ethiopian, Bhutanese and Burmese names are.
    last_in_full = _named_in_full_last(body[people[-1].end() :]) if people and not et_al else []
    if people and (people[0].start() == 0 or named_in_full):
        covered = people_length + people[0].start() + degrees
        if last_in_full:
            covered += len(body) - people[-1].end()
        # "Mathew, T., Rajendran s/o Muthu and Rāmaṇan, S.": people named in full between two "Surname, I.".
        names = []
        for found, following in zip(people, [*people[1:], None], strict=True):
            names.append(found.group("surname").strip())
            if following and (between := _named_in_full_between(body[found.end() : following.start()])):
                names.extend(between)
                covered += following.start() - found.end()
        # The joiners taken out only when it matters: the names alone cover enough of the whole body as a rule.
        if covered >= 0.6 * len(body) or covered >= 0.6 * len(_JOINERS.sub("", body)):
            return (*named_in_full, *names, *last_in_full), bool(et_al), False, ()
    linked = [piece.strip() for piece in _JOINERS.split(body)]
    # "Syed Hamzah b. Mat Zin and Awang Haji Jamil bin Mohd Nor", "R. Karthikeyan and K. S. Ravi": people named
    # whole, none by "Surname, I.".
    whole = (
        any(_LINKED_NAME.fullmatch(piece) for piece in linked)
        or (len(linked) > 1 and all(_INITIALS_THEN_NAME.fullmatch(piece) for piece in linked))
        # "Zeyar Nyunt and Saw Kapi", "Thida Thazin Chaw and Hnin Ei Ei": Burmese names, which hold no surname, each
        # written whole. Each of more than one word, and not by "&": "Marks and Spencer", "Battersea Dogs & Cats Home"
        # are bodies.
        or (len(linked) > 1 and "&" not in body and all(" " in piece for piece in linked))
        # "張家豪 and 劉冠廷": people named in Han characters, kana or Hangul.
        or (len(linked) > 1 and all(_NAME_IN_CHARACTERS.fullmatch(piece) for piece in linked))
    )
    if whole and all(map(_a_person_in_full, linked)):
        return tuple(linked), bool(et_al), False, ()
    name, abbreviation = split_abbreviation(body)
    name = _without_the_lists_stop(name.strip())
    if not name:
        return (), bool(et_al), True, ()
    return (name,), bool(et_al), True, ((abbreviation,) if abbreviation else ())


_INITIALS_THEN_NAME = re.compile(rf"(?P<name>(?:[{_UPPER}]\.\s?){{1,3}}[{_UPPER}][^\s,().&\d]+)")


def _without_the_lists_stop(name: str) -> str:
    """A name without the comma or full stop the list put after it. The full stop of a name's last initialism is
    the name's ("Financial Supervisory Commission, R.O.C.", "Galp Energia, SGPS, S.A."), as the text writes it."""
    name = name.rstrip(",")
    # Two stops among the last five characters, which the pattern's two letters and stops (and a line's end) take.
    if name[-5:].count(".") < 2:
        return name.rstrip(".,")  # "Smith, J.": no initialism at the end, without a search from every character
    return name if _ENDS_IN_INITIALISM.search(name) else name.rstrip(".,")


def _named_in_full(text: str, first_person: re.Match[str]) -> list[str]:
    """The people a list of authors names in full before the first "Surname, I.", joined to it by a comma or
    "and": each one to three capitalised words ("Tigist Berhane", "Shobhaa"); none where any piece is
    more or other than that, or names a body ("The Hongkong and Shanghai Hotels, Limited", "Nissan Motor Co.,
    Ltd.")."""
    if not _TRAILING_JOINER.search(text) or first_person.group("initials").casefold().strip(".") in _FIRM_WORDS:
        return []
    pieces = [piece.strip() for piece in _JOINERS.split(_TRAILING_JOINER.sub("", text)) if piece.strip()]
    return pieces if pieces and all(_a_person_in_full(piece) for piece in pieces) else []


def _named_in_full_between(gap: str) -> list[str]:
    """The people named in full in the text between two "Surname, I." of a list (", Rajendran s/o Muthu and "):
    none where the text is only a joiner, or any piece is more or other than a person's name."""
    inner = _LEADING_JOINER.sub("", _TRAILING_JOINER.sub("", gap))
    if not inner.strip():
        return []
    pieces = [piece.strip() for piece in _JOINERS.split(inner)]
    return pieces if all(pieces) and all(map(_a_person_in_full, pieces)) else []


def _a_person_in_full(piece: str) -> bool:
    """Whether a piece of a list of authors is one to three capitalised words naming no body ("Saba Tadesse"), or a
    name with the father's ("Hairul Nizam bin Yusof")."""
    if _LINKED_NAME.fullmatch(piece) is not None or _NAME_IN_CHARACTERS.fullmatch(piece) is not None:
        return True
    return _FULL_NAME.fullmatch(piece) is not None and not any(word.casefold() in _FIRM_WORDS for word in piece.split())


_FORMS_OF_WORDS = tuple(sorted(form for form in COMPANY_SUFFIXES if " " in form))  # "s. de r.l.", "s.a. de c.v."
_LONGEST_FORM = max(len(form) for form in COMPANY_SUFFIXES)
_INITIALS_ALONE = re.compile(r"(?:[a-z]\.)*[a-z]\.?")
# "R.O.C.", "sp. z o.o.", Turkish "A.Ş." (anonim şirket)
_ENDS_IN_INITIALISM = re.compile(rf"(?<![\w.])(?:[{_UPPER}]\.){{2,}}$|\s(?:[a-z]\.){{2,}}$")
_FIRM_WORDS = ORGANISATION_WORDS | SUFFIXES_UNSTOPPED | {"the"}
_LAST_IN_FULL = re.compile(r"(?P<others>(?:\s*,\s*[^,]+?)*)\s*,?\s+and\s+(?P<name>[^,]+?)\s*")


def _named_in_full_last(rest: str) -> list[str]:
    """The last authors of a list named in full after the last "Surname, I." (", Min Thu and Choki Wangmo", "...
    and Saba Tadesse"): each one to four capitalised words naming no body; none for anything else ("White, J. &
    Ross" may be a firm)."""
    found = _LAST_IN_FULL.fullmatch(rest) if "and" in rest else None  # most lists: no "and" after the last person
    if found is None:
        return []
    names = [piece.strip() for piece in found.group("others").split(",") if piece.strip()] + [found.group("name")]
    return names if all(_a_person_in_full(name) for name in names) else []


_TRAILING_JOINER = re.compile(r"(?:\s*,|\s+(?:and|&))\s*$")
_LEADING_JOINER = re.compile(r"^\s*(?:,\s*)?(?:(?:and|&)\s+)?")
# "Shobhaa" too; Burmese names of four words, with an honorific of one letter: "U Wai Yan Phyo", "Daw Su Myat Noe";
# Malay names of five: "Sharifah Nor Aini Mohamed Noor"; and South Indian names after the initials of the father's name
# or the place: "K. S. Ravi", "A. R. Rahmath".
_FULL_NAME = re.compile(
    rf"(?:[{_UPPER}]\.\s?){{0,3}}(?:[{_UPPER}]\s)?[{_UPPER}][^\s,().&\d]+(?:\s[{_UPPER}][^\s,().&\d]+){{0,4}}"
)
# A Malay or Tamil name written whole, the father's name after a link: "Siti Nur Aisyah bte Ibrahim", "Kavitha a/p
# Rajendran", "Awang Haji Jamil b. Rahman".
_LINKED_NAME = re.compile(
    rf"[{_UPPER}][^\s,().&\d]*(?:\s[{_UPPER}][^\s,().&\d]*){{0,3}}"
    rf"\s(?:{'|'.join(re.escape(link) for link in sorted(PATRONYMIC_LINKS))})"
    rf"\s[{_UPPER}][^\s,().&\d]*(?:\s[{_UPPER}][^\s,().&\d]*){{0,2}}"
)
# A person named in Han characters, kana or Hangul: "李娜", "欧阳娜娜", "山田 太郎", "김민준".
_NAME_IN_CHARACTERS = re.compile(rf"[{CJK_LETTERS}]{{2,4}}(?:\s[{CJK_LETTERS}]{{1,3}})?")
_TITLE_END = re.compile(r"\.\s|\.$|\s\[online\]|\s(?:available\s+(?:at|from))", re.I)


def _title(rest: str) -> str | None:
    rest = rest.lstrip(" .,:;")
    quoted = _QUOTED_TITLE.match(rest)
    if quoted:
        return quoted.group("title").strip() or None
    title = _TITLE_END.split(rest, maxsplit=1)[0]
    if title in _PLACES_CUT_SHORT:
        # "TP. Hồ Chí Minh: NXB Trẻ": the place's first word cut short ends no title; the place and publisher stand
        # where the title goes.
        place = f"{title}. {_TITLE_END.split(rest[len(title) + 2 :], maxsplit=1)[0]}"
        if _PLACE_PUBLISHER.fullmatch(place) or _place_and_publishing_house(place):
            title = place
    title = title.strip(" .,")
    if not title or _NOT_TITLE.match(title):
        return None
    return title


# Words that open places' names cut short in capitals, as a place may be written: Vietnamese "TP." (thành phố, a
# city). Not any capitals: "AI. London: Routledge" is a book called "AI".
_PLACES_CUT_SHORT = frozenset({"TP"})


# A publishing house named in its own language, its small words in lower case: "Beograd: Centar za izdavačku
# delatnost Ekonomskog fakulteta", "Skopje: Ekonomski fakultet", "Budapest: Akadémiai Kiadó", "Hà Nội: NXB Đại học
# Kinh tế Quốc dân" (NXB: "nhà xuất bản", a publishing house), "Kuala Lumpur: Penerbit UM", "Almaty: Juridicheskaya
# literatura".
_PLACE_THEN_PUBLISHER = re.compile(rf"{_PLACE}:\s*(?P<publisher>[{_UPPER}][^:;]*)")
_PUBLISHING_WORD = re.compile(
    r"press|publish|verlag|[ée]ditions|ediciones|edições|edizioni|editor(?:a|ial|e)|editrice|izdava|naklad|wydaw"
    r"|kiad[óo]|fakult|facult|univer|akadem|academ|\bbooks\b|librair|librer|\bnxb\b|xuất\s+bản|đại\s+học|penerbit"
    r"|literatur|izdat"
    # Dutch, Scandinavian and Finnish publishers: "Boom uitgevers", "Gyldendal forlag", "Otava kustannus".
    r"|uitgever|uitgeverij|forlag|förlag|kustann",
    re.IGNORECASE,
)


def _place_and_publishing_house(title: str) -> bool:
    match = _PLACE_THEN_PUBLISHER.fullmatch(title)
    return match is not None and _PUBLISHING_WORD.search(match.group("publisher")) is not None


def _a_city_and_a_name_ending(title: str, after: str) -> bool:
    """Whether what stands as the title is a city, a colon and a short name that ends the entry ("Bratislava: Sprint
    dva."; ``after`` is what follows it): a place and a publisher whose name holds a small word of its language, with
    no title before them."""
    place, colon, publisher = title.partition(":")
    words = publisher.split()
    return (
        bool(colon)
        and 0 < len(words) <= 4
        and words[0][:1].isupper()
        and not after.strip(" .")
        # A town publishers are in ("Bratislava", "Harlow"); not a country, which a report's title may open on
        # ("Ethiopia: Article IV consultation").
        and is_a_town(place.strip())
        and not is_a_country(place.strip())
    )


def _place_and_publisher_alone(title: str, rest: str, body: str | None) -> bool:
    """Whether what stands as the title is a place and a publisher ("Abingdon: Routledge"), not a title with its
    subtitle in title case ("Loyalty Programmes: Evidence From Travel", followed by "London: Routledge").
    ``body`` is the entry's author when it is an organisation."""
    if ":" not in title and not title[:1].isdigit():
        return False  # most titles: a colon joins every place to its publisher, and an edition alone opens on a figure
    after = rest.lstrip(" .,:;")[len(title) :]
    if (
        _PLACE_PUBLISHER.fullmatch(title) is None
        and not _place_and_publishing_house(title)
        and not _a_city_and_a_name_ending(title, after)
    ):
        return False
    if ":" not in title:
        return True  # "2nd edn": an edition where the title goes
    place, _colon, publisher = title.rpartition(":")
    if all(word.casefold() in PLACES for word in publisher.split()):
        return False  # "Family: North West", "Tax: Australia": a directory's practice area and region, no publisher
    if is_a_place_of_any_size(publisher.strip()) and "," not in place and not is_a_place_of_any_size(place.strip()):
        # "On Premise User Survey: New South Wales": a survey and the region it covers; "Bingley: Emerald" and
        # "Jefferson, NC: McFarland" are a town (and its state) and a publisher named like one.
        return False
    if body is not None and _ONLINE.match(after.lstrip(" .,:;")):
        # A body's report online names the body as its publisher ("Mintel (2020) London: Mintel. Available at:");
        # a publisher that shares no word with it is a subtitle ("Zalando SE (2021) Presse: Jahresergebnis.").
        named = {word.casefold() for word in re.findall(r"\w+", body)}
        return any(word.casefold() in named for word in re.findall(r"\w+", publisher))
    return _PUBLISHER.search(after) is None


# The last word of a body's name as it stands where a title goes: a research firm or consultancy ("Euromonitor
# International", "McKinsey & Company") publishes the page its staff wrote.
_PUBLISHER_ENDS = BODY_WORDS | {"company", "international", "bank"}
_PLACES_OF_TWO_COUNTRIES = frozenset({"trinidad and tobago", "antigua and barbuda", "bosnia and herzegovina"})


# Pages of a site that are named by letters: its questions and answers, its reports on its conduct.
_PAGES_NAMED_BY_LETTERS = frozenset({"faq", "faqs", "csr", "esg", "agm", "kyc", "gdpr", "cv"})


# The last parts of a web address's host that say its kind or country, not whose site it is: "co.uk", "com", "ie".
_HOST_ENDINGS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ltd", "plc", "info", "biz"})
# A web address's host (without "www.") and its path: "https://www.savills.co.uk/research/3603".
_ADDRESS = re.compile(r"(?:https?://(?:www\.)?|www\.)(?P<host>[\w.-]+)(?::\d+)?(?P<path>/\S*)?", re.IGNORECASE)


def _the_sites_own_name(words: list[str], after: str) -> bool:
    """Whether the words standing as a title are the name of the site the URL after them is on, with at most
    words for a body after it ("Savills Research" on savills.co.uk, "LaingBuisson" on laingbuisson.com): the
    publisher, where the title should be."""
    found = _ADDRESS.search(after)
    if found is None or not words or not words[0][:1].isupper():
        return False
    parts = found.group("host").casefold().split(".")
    while parts and (len(parts[-1]) <= 2 or parts[-1] in _HOST_ENDINGS):
        parts.pop()
    if not parts or len(parts[-1]) < 4:
        return False
    site = parts[-1].replace("-", "")
    # "Daft.ie" on daft.ie: a site's name may be its address.
    name = "".join(ch for ch in words[0].casefold().partition(".")[0] if ch.isalnum())
    return name == site and all(word.casefold() in ORGANISATION_WORDS for word in words[1:3]) and len(words) <= 3


def _names_a_body(title: str, rest: str) -> bool:
    """Whether what stands as an online source's title is only an organisation's name: a few capitalised words
    ending on a word for a body ("British Retail Consortium"), or an abbreviation alone ("IGD"), then the URL."""
    after = rest.lstrip(" .,:;")[len(title) :].lstrip(" .,:;")
    if after and not _ONLINE.match(after):
        return False  # "Digital Marketing. 7th edn. Harlow: Pearson.": a book's title in title case
    if "," in title:
        return False  # "Community, Monzo Bank Ltd": a page's title, then the body that published it
    words = split_abbreviation(title)[0].split()  # "Caribbean Tourism Organization (CTO)"
    if _the_sites_own_name(words, after):
        return True  # "Brennan, O. (2019). Savills Research. Available at: https://www.savills.co.uk/research/3603"
    if len(words) == 1:
        if _in_the_address_path(title, after):
            return False  # "Wikipedia (2024) PureGym. Available at: https://en.wikipedia.org/wiki/PureGym": a page's
        if title.casefold() in _PAGES_NAMED_BY_LETTERS:
            return False  # "World Bank (no date) FAQ. Available at: ...": a page, not a body's letters
        return re.fullmatch(rf"(?=(?:\w*[{_UPPER}]){{2}})[{_UPPER}][A-Za-z]{{1,7}}", title) is not None  # "GfK"
    # "Telecommunications Authority of Trinidad and Tobago": a body's name, then the place it serves.
    served = next((index for index, word in enumerate(words) if word in {"of", "for"}), len(words))
    place = " ".join(words[served + 1 :]).casefold()
    if 0 < served < len(words) - 1 and (is_place(place) or place in _PLACES_OF_TWO_COUNTRIES):
        words = words[:served]
    if len(words) > 5 or any(not word[:1].isupper() and word.casefold() not in CONNECTORS for word in words):
        return False
    # A document about a body is a title: "Ruling on Kingspan Ltd", "ASA Ruling on Huel Ltd", "Investigation
    # into Acme plc".
    about = any(
        word.casefold() in _DOCUMENT_WORDS and (index == 0 or not words[index + 1][:1].isupper())
        for index, word in enumerate(words[:-1])
    )
    return words[-1].casefold() in _PUBLISHER_ENDS and not about


def _in_the_address_path(title: str, after: str) -> bool:
    """Whether a one-word title stands in the path of the address after it but not in its host: the page is about
    what the word names ("/wiki/PureGym"); a publisher's name stands in the host ("yougov.co.uk")."""
    address = _ADDRESS.search(after)
    if address is None or not address.group("path"):
        return False
    word = title.casefold()
    return word in address.group("path").casefold() and word not in address.group("host").casefold()


_DOCUMENT_WORDS = frozenset({"ruling", "rulings", "report", "review", "guidance", "statement", "response",
                             "consultation", "decision", "adjudication", "update", "letter", "complaint",
                             "investigation", "case", "profile", "history", "about"})  # fmt: skip


_PAGES = re.compile(r"\bpp?\.\s*\d")


# Words that every match of a case-insensitive pattern holds (in lower case): see ``_may_hold``.
_ONLINE_WORDS = ("available", "[online]", "http", "www.")
_VOLUME_WORDS = ("(", "vol", "journal")
_REPORT_WORDS = ("report", "paper", "briefing", "survey", "bulletin", "barometer", "index")


def _folded(text: str) -> str | None:
    """The text in lower case for ``_may_hold``, or None when it is not ASCII: lowered once per text rather than
    once per test (an entry's texts are tested eight times over)."""
    return text.lower() if text.isascii() else None


def _may_hold(folded: str | None, words: tuple[str, ...]) -> bool:
    """False when a case-insensitive pattern cannot match a text because the text holds none of ``words``, one of
    which every match holds: a cheap test before the pattern's slower search. ``folded`` is ``_folded`` of the
    text: only ASCII text is tested, whose case folding is A-Z to a-z alone; any other text may match through
    Unicode's case equivalences."""
    if folded is None:
        return True
    # A substring search per word: for these few short words, faster than one search of their alternation, and a
    # plain loop twice as fast as any() over a generator.
    for word in words:  # noqa: SIM110
        if word in folded:
            return True
    return False


def _first_of(folded: str | None, openings: tuple[str, ...]) -> int:
    """Where the first of ``openings`` stands in a text (``folded`` is its ``_folded``), or 0 when it is not ASCII:
    a case-insensitive pattern each of whose matches opens with one of them is searched from there, not tried at
    every place before (its word boundary still sees the character before, searched in the text itself)."""
    if folded is None:
        return 0
    return min([at for opening in openings if (at := folded.find(opening)) >= 0], default=len(folded))


def _kind(rest: str, title: str | None, url: str | None, doi: str | None, quoted: bool) -> EntryKind:
    folded = _folded(rest)
    online = [rest]  # two when online: before and after the first match, as a split at it gives them
    if _may_hold(folded, _ONLINE_WORDS):
        found = _ONLINE.search(rest, _first_of(folded, _ONLINE_WORDS))  # every match opens with one of the words
        online = [rest[: found.start()], rest[found.end() :]] if found else online
    before_online = online[0]
    folded_before = folded if len(online) == 1 else _folded(before_online)  # not online: the rest itself
    if _may_hold(folded, ("in:", "(ed")) and _CHAPTER.search(rest):
        return "chapter"
    if quoted and ((_may_hold(folded, _VOLUME_WORDS) and _VOLUME.search(rest)) or doi):
        return "journal"
    if _may_hold(folded_before, _VOLUME_WORDS) and _VOLUME.search(before_online) and _PAGES.search(rest):
        return "journal"
    if (_may_hold(_folded(title or ""), _REPORT_WORDS) and _REPORT.search(title or "")) or (
        _may_hold(folded_before, _REPORT_WORDS) and _REPORT.search(before_online)
    ):
        return "report"
    if _PUBLISHER.search(before_online) and not quoted:
        return "book"
    if url or len(online) > 1:
        return "web"
    return "other"


def parse_entry(text: str, *, block_index: int = 0, list_index: int = 0) -> ReferenceEntry:
    """Reads one reference-list entry: authors, year, title, kind, URL or DOI, access date."""
    text = " ".join(text.split())
    year_match = _YEAR.search(text)
    while (
        year_match and FIRMS_FORM_AFTER_A_YEAR.match(text, year_match.end()) and year_match.group("year")[:1].isdigit()
    ):
        year_match = _YEAR.search(text, year_match.end())  # "Cold Storage Singapore (1983) Pte Ltd (2019)"
    year: str | None = None
    if year_match and year_match.start() < 300:
        author_text, rest = text[: year_match.start()], text[year_match.end() :]
        year = year_match.group("year")
        if year.casefold().startswith("n"):
            year = "n.d." + (year_match.group("nodate_suffix") or "").lower()
    else:
        bare = _BARE_YEAR.match(text + " ")
        if bare:
            author_text, rest, year = bare.group("authors"), text[bare.end("year") + 1 :], bare.group("year")
        else:
            # No year: the authors run to the first full stop after the initials ("Harris, J. Title. ...").
            people = list(_PERSON.finditer(text))
            cut = people[-1].end() if people and people[0].start() == 0 else text.find(". ") + 1
            author_text, rest = text[: max(cut, 0)], text[max(cut, 0) :]
    if year is not None and year.casefold().startswith("n") and not year.startswith("n.d."):
        year = "n.d."
    authors, et_al, organisation, aliases = _authors(author_text)
    folded = _folded(text)
    doi_match = _DOI.search(text, _first_of(folded, ("doi", "http"))) if _may_hold(folded, ("doi",)) else None
    url_match = _URL.search(text, _first_of(folded, ("http", "www."))) if _may_hold(folded, ("http", "www.")) else None
    accessed = (
        _ACCESSED.search(text, _first_of(folded, ("accessed", "date", "viewed", "retrieved")))
        if _may_hold(folded, ("accessed", "viewed", "retrieved"))
        else None
    )
    url = url_match.group(0).rstrip(".,;)") if url_match else None
    doi = doi_match.group("doi").rstrip(".,;)") if doi_match else None
    title = _title(rest)
    # "Bell, A. (1986). Abingdon: Routledge.": what stands where the title goes is a place and a publisher;
    # "Khan, A. (2021). Data & Marketing Association. Available at: ...": the body that published it.
    # A title in quotation marks is one whatever its words ("‘Measuring Trust: Scale Development’").
    quoted = _QUOTED_TITLE.match(rest.lstrip(" .,:;")) is not None
    body = authors[0] if organisation and authors else None
    publisher_only = title is not None and not quoted and (_place_and_publisher_alone(title, rest, body)
                                                           or _names_a_body(title, rest))  # fmt: skip
    return ReferenceEntry(
        text=text, authors=authors, year=year, kind=_kind(rest, title, url, doi, quoted), title=title, url=url, doi=doi,
        accessed=accessed.group("date").strip() if accessed else None, block_index=block_index,
        list_index=list_index, et_al=et_al, organisation=organisation, aliases=aliases,
        title_only_publisher=publisher_only,
    )  # fmt: skip
