"""The reference check's shortcuts (cheap tests before a pattern, narrower searches) give the full search's answers."""

from __future__ import annotations

import dataclasses
import inspect
import random
import re

import pytest

from marker.checks.references import citations, crosscheck, entries, model, names, quotations
from marker.checks.references.quotations import CLAUSE_WORDS

# The patterns as they were searched before the shortcuts, over the whole text before a bracket or of a block.
_TREND_IN_FULL = re.compile(r"\b(?:trend|trends|meme|memes|challenge|craze|fad|hashtag)\s*$", re.I)
_MAY_QUOTE_IN_FULL = re.compile(r"(?:^|[\s(\[:])[“\"‘']\w")
_LAST_WORD_IN_FULL = re.compile(r"(?<![\w'’.-])([A-Z][\w'’&+-]*)\s*$")


@pytest.mark.parametrize(
    "text",
    [
        "The girl dinner trend (TikTok, 2023)",
        "the ice bucket Challenge  \n(ALS, 2014)",
        "the viral TRENDS(TikTok, 2023)",
        "a hashtaſ (X, 2020)",  # a long s is an s to the case-blind pattern
        "the supertrend (Smith, 2019)",  # no word boundary before the word
        "a trend setter (Smith, 2019)",
        "a bucket challenge that ran for a whole summer across every platform, then faded; the craze (X, 2014)",
        "challenge (X, 2014)",
        "(X, 2014)",
    ],
)
def test_trend_before_a_bracket_is_found_as_the_full_pattern_finds_it(text: str) -> None:
    opened = text.index("(")
    start = max(opened - citations._TAIL, 0)
    expected = _TREND_IN_FULL.search(text, start, opened) is not None
    assert citations._after_a_trend(text, start, text[start:opened]) is expected


def test_trend_words_end_on_the_letters_tested_first() -> None:
    assert all(word[-3:] in citations._TREND_ENDS and len(word) <= citations._TREND_LENGTH
               for word in citations._TREND_WORDS)  # fmt: skip
    assert citations._AFTER_A_TREND.pattern == _TREND_IN_FULL.pattern


def _alternatives(pattern: re.Pattern[str]) -> list[str]:
    """The words of a pattern "\\b(?:one|two|...)\\s*$"."""
    found = re.fullmatch(r"\\b\(\?:([a-z|\[\]]+)\)\\s\*\$", pattern.pattern)
    assert found is not None, pattern.pattern
    return found.group(1).split("|")


@pytest.mark.parametrize(
    ("pattern", "longest"),
    [
        (citations._A_LAW_BEFORE, citations._LONGEST_LAW_WORD),
        (citations._A_LICENCE_OR_BODY_BEFORE, citations._LONGEST_LICENCE_OR_BODY_WORD),
    ],
)
def test_words_before_a_bracket_are_searched_from_where_the_longest_could_start(
    pattern: re.Pattern[str], longest: int
) -> None:
    words = _alternatives(pattern)
    assert max(len(word.replace("[cs]", "c")) for word in words) == longest
    rng = random.Random(3)
    pieces = [*(word.replace("[cs]", "c") for word in words), "by-law", "exact", "the", "UK", "ſtatute", "REGULATIONS"]
    for _ in range(3000):
        tail = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) + rng.choice(["", " ", "\n", " \t"])
        tail = tail[-citations._TAIL :]
        assert citations._ends_on(pattern, tail, longest) is (pattern.search(tail) is not None), tail


def test_every_degree_holds_a_word_looked_for_first() -> None:
    degrees = re.search(r"\(\?:(MBA[^)]*)\)", citations._A_DEGREE)
    assert degrees is not None
    for degree in degrees.group(1).split("|"):
        assert any(word in degree for word in citations._DEGREE_WORDS), degree


@pytest.mark.parametrize(
    "tail",
    [
        "She holds an MBA",
        "he completed his MSc in Marketing Management",
        "the staff were provided with a degree",  # "provided" holds "did"; a degree's word after it
        "the content provided is relevant",
        "is studying for a maestría",
        "an alumnus of Panjab University",
        "held a diploma",
        "held the lead",
    ],
)
def test_degree_before_a_bracket_is_found_as_the_full_pattern_finds_it(tail: str) -> None:
    expected = citations._AFTER_A_DEGREE.search(tail) is not None or (
        not any(verb in tail for verb in citations._DEGREE_VERBS) and citations._AN_ALUMNUS_OF.search(tail) is not None
    )
    assert citations._after_a_degree(tail) is expected


@pytest.mark.parametrize(
    "tail",
    [
        "Ambev was born from two rival brewers",
        "BOTH chains",
        "Three Brands",
        "the four founders",
        "two studies",
        "x" * 70 + " two firms",
        "two firms" + " x" * 40,  # the count too far back
        "screens",
    ],
)
def test_counted_things_are_found_as_the_full_pattern_finds_them(tail: str) -> None:
    content = "Brahma and Antarctica, 1999"
    found = citations._COUNTED_THINGS.search(tail, max(len(tail) - 60, 0))
    expected = (
        found is not None
        and found.group("things").casefold() not in citations._SOURCE_KINDS
        and len(names.split_author_list(content.rsplit(",", 1)[0])[0])
        == citations._COUNTS[found.group("count").casefold()]
    )
    assert citations._names_the_counted_things(tail, content) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Harris’s view: ‘brands must earn trust’ (Harris, 2019).",
        "‘Brands must earn trust’ (Harris, 2019).",
        'It\'s said that "brands must earn trust" (Harris, 2019).',
        "students’ (Harris, 2019) 'x",
        "no mark here (Harris, 2019)",
        "a'b (“Quoted words here”)",
    ],
)
def test_first_opening_mark_is_the_one_the_full_search_finds(text: str) -> None:
    found = quotations._first_mark(text)
    expected = _MAY_QUOTE_IN_FULL.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_every_opening_mark_is_searched_for() -> None:
    for mark in quotations.QUOTE_CHARACTERS:
        if _MAY_QUOTE_IN_FULL.search(f" {mark}word"):
            assert mark in quotations._CLOSING


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("no bracket", []),
        (") (Smith, 2019) (", [(2, 14)]),
        ("(a view shared by Hussain (2020)) and (Li, 2021)", [(0, 32), (38, 47)]),
        ("((a)) )(", [(0, 4)]),
    ],
)
def test_outermost_brackets(text: str, spans: list[tuple[int, int]]) -> None:
    assert citations._brackets(text) == spans


@pytest.mark.parametrize(
    "text",
    [
        "As O’Brien-Smith argued in 2019, the 2nd_wave of Mc'Donald2 shoppers… “moved” – online.",
        "Van der BERG and a\xa0non-breaking space; TM™ and the ﬁrst ligature",
        "Zoé and Müller and Straße (accents a key keeps)",
        "Łukasz, Ørsted and the Σίσυφος myth",
        "",
    ],
)
def test_word_letters_hold_every_word_key(text: str) -> None:
    # The cheap test may only say "not named" of a key no word of the text has.
    letters = crosscheck._word_letters(text)
    if letters is not None:
        assert all(key.encode() in letters for key in crosscheck._text_keys(text))
    non_ascii_key = any(not ch.isascii() and crosscheck.name_key(ch) for ch in text)
    assert (letters is None) is non_ascii_key


@pytest.mark.parametrize(
    "before",
    ["shown at Bauma ", "The Traitors", "in the UK\t\n", "the e.Commerce", "x-Factor  ", "Marks&Spencer’", "   ", "",
     "a\xa0Bauma", "price.Smith", "(Acme", "‘Vorsprung durch Technik’ ", "IBM"],
)  # fmt: skip
def test_last_word_is_found_as_the_full_pattern_finds_it(before: str) -> None:
    found = _LAST_WORD_IN_FULL.search(before)
    if found is None:
        expected = False
    elif found.group(1).endswith(("'", "’")):
        quoted = citations._QUOTED_BEFORE.search(before)
        expected = quoted is not None and len(citations._TITLE_WORD.findall(quoted.group("quoted"))) < CLAUSE_WORDS
    else:
        expected = not (found.group(1).isupper() and len(found.group(1)) <= 5)
    assert citations._ends_in_proper_name(before) is expected
    assert citations._LAST_WORD.pattern == _LAST_WORD_IN_FULL.pattern


def test_an_entry_opens_only_on_a_character_the_run_on_start_can_begin_with() -> None:
    opened: set[str] = set()
    for first in [chr(code) for code in range(0x250)] + ["Ș", "Ț", "’"]:
        # "Smith, A. (2019)", "O'Brien (2019)", "'t Hart, A. (2019)", "X (2019)", each opened by this character.
        for text in (
            f"{first}mith, A. (2019)",
            f"{first}'Brien (2019)",
            f"{first}t Hart, A. (2019)",
            f"{first} (2019)",
        ):
            if entries._RUN_ON_START.match(text) is not None:
                opened.add(first)
                assert entries._RUN_ON_OPENING.match(text) is not None
    assert {"S", "s", "Ł", "'", "’"} <= opened and "(" not in opened


def test_no_character_is_both_a_letter_and_a_digit_or_alphanumeric_and_white_space() -> None:
    # What the bracket pieces' shortcuts rest on: a piece of letters holds no digit, and one of letters and digits
    # no white space (which the initials, "cited in" and name-then-year patterns need).
    characters = [chr(code) for code in range(0x110000)]
    assert not [ch for ch in characters if ch.isalpha() and ch.isdigit()]
    assert not [ch for ch in characters if ch.isalnum() and re.match(r"\s", ch)]


@pytest.mark.parametrize("piece", ["Harris", "2019", "AuthorAa", "Łukasz2", "nd", "ABC"])
def test_a_piece_of_letters_and_digits_matches_none_of_the_patterns_it_skips(piece: str) -> None:
    assert piece.isalnum()
    assert not citations._INITIALS.match(piece)
    assert not citations._CITED_IN.match(piece)
    assert not citations._AUTHOR_YEAR.match(piece)
    assert citations._CITED_IN.match("cited in Harris") and citations._AUTHOR_YEAR.match("Harris 2019")


@pytest.mark.parametrize("cls", [model.Citation, model.ReferenceEntry])
def test_a_frozen_record_filled_at_once_is_the_one_dataclasses_would_make(cls: type) -> None:
    # The same class with the __init__ dataclasses writes, to compare against.
    fields = dataclasses.fields(cls)
    plain = dataclasses.make_dataclass(
        cls.__name__, [(f.name, f.type, dataclasses.field(default=f.default)) for f in fields], frozen=True
    )
    assert cls.__init__ is not plain.__init__
    assert str(inspect.signature(cls.__init__)) == str(inspect.signature(plain.__init__))
    required = [f.name for f in fields if f.default is dataclasses.MISSING]
    values = {name: f"value of {name}" for name in required}
    made, expected = cls(**values), plain(**values)
    assert list(vars(made).items()) == list(vars(expected).items())  # every field, defaults included, in order
    assert repr(made) == repr(expected).replace(f"{plain.__qualname__}(", f"{cls.__qualname__}(", 1)
    positional = cls(*[f"value of {name}" for name in required])
    assert positional == made and hash(positional) == hash(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        cls(**values, unknown=1)
    with pytest.raises(TypeError):
        cls(*[f"value of {name}" for name in required[:-1]])


def test_word_letters_are_lowered_as_bytes_lower_has_them() -> None:
    text = "".join(chr(code) for code in range(0x80)) + " AZ az [@`{ O’Brien – Smith"
    letters = crosscheck._word_letters(text)
    assert letters is not None
    assert letters == text.encode().translate(None, crosscheck._DROPPED_IN_WORDS).lower()


@pytest.mark.parametrize(
    "text",
    ["Harris", "  Harris  ", "", " ", "Andrews", "Smith and Jones", "Smith, Jones", "Marks & Spencer", "Sandland",
     "van Dijk\xa0Smith", "Smith\tand\tJones", "Brand", "Harris,", "ANDERSON and Hay"],
)  # fmt: skip
def test_an_author_list_without_a_gap_is_split_as_the_pattern_splits_it(text: str) -> None:
    parts = names._AUTHOR_GAP.split(text.strip())
    assert names.split_author_list(text) == ([part.strip() for part in parts if part.strip()], "&" in text)


@pytest.mark.parametrize(
    "content",
    ["Smith and Jones, 2019", "Smith et al, 2019", "Smith et al., 2019", "Sandland, 2019", "Andrew, 2019",
     "UK City of Culture 2021", "UK City, of Culture 2021", "Acme plc, 2022", "and, 2019", "Smith\nand Jones, 2019"],
)  # fmt: skip
def test_a_bracket_is_tried_against_the_one_maker_and_title_patterns_only_with_what_they_need(content: str) -> None:
    if citations._ONE_MAKER.search(content):
        assert "and" in content or "et al" in content
    if citations._NO_COMMA_TITLE.fullmatch(content):
        assert "," not in content
    assert citations._NO_COMMA_TITLE.fullmatch("UK City of Culture 2021")
    assert citations._ONE_MAKER.search("Smith et al, 2019")


def test_every_piece_the_prefix_pattern_shortens_opens_with_a_word_it_is_tried_after() -> None:
    # Every word of the pattern, and the forms of its dotted and two-word lead-ins, in three cases, then a name.
    words = set(re.findall(r"[a-z]+", citations._PREFIX.pattern))
    words |= {"e.g.", "e. g.", "i.e.", "i. e.", "cf.", "for example", "for  instance", "data from", "figures\tfrom"}
    shortened = 0
    for word in words:
        for piece in [f"{form}{tail}" for form in (word, word.upper(), word.capitalize())
                      for tail in ("", " Smith", ", Smith", ": Smith", ",Smith", "Smith", ". Smith")]:  # fmt: skip
            if citations._PREFIX.sub("", piece) != piece:
                shortened += 1
                head = citations._WORD_END.split(piece, 1)[0]
                assert not head.isascii() or head.lower() in citations._PREFIX_HEADS, piece
    assert shortened > 300


@pytest.mark.parametrize(
    "text",
    ["", "One. Two! Three? Four", "“Quoted.” Then (Smith, 2019). Next… and ‘so’ on.", "...", ". A", "Mr. Smith: 'no'.",
     "A.' B.) C.”) D. ! E", "Dots... end.", "Ends in a mark.", "  Spaced .  out ! ", "Wait!? Yes.\nNew line. x"],
)  # fmt: skip
def test_quotation_marks_are_found_as_token_by_token(text: str) -> None:
    offsets, lengths = quotations._token_columns(quotations.language(), text)[:2]
    marks = [i for i, (at, length) in enumerate(zip(offsets, lengths, strict=True))
             if length == 1 and text[at] in quotations.QUOTE_CHARACTERS]  # fmt: skip
    assert quotations._mark_tokens(offsets, lengths, text) == marks


def test_the_entries_of_a_citation_are_found_by_key_as_by_a_pass_over_every_entry() -> None:
    listed = ["Smith, A. (2019) One.", "Jones, B. (2019) Two.", "Smith, A. (2020) Three.", "van Dijk, C. (2019) Four.",
              "Smith, A. and Jones, B. (2019) Five.", "Office for National Statistics (ONS) (2021) Six."]  # fmt: skip
    entries_ = [entries.parse_entry(text) for text in listed]
    entry_keys = [crosscheck._entry_keys(entry) for entry in entries_]
    by_key: dict[str, list[int]] = {}
    for index, keys in enumerate(entry_keys):
        for key in keys:
            by_key.setdefault(key, []).append(index)
    cited = citations.find_citations("(Smith, 2019; Jones, 2019; van Dijk, 2019; ONS, 2021; Smith & Jones, 2020; X, 1)")
    assert {len(crosscheck._citation_keys(c)) for c in cited} >= {1, 2}  # one key and several
    for citation in cited:
        expected = crosscheck._matching_entries(citation, entries_, entry_keys)
        assert crosscheck._matching_entries(citation, entries_, entry_keys, by_key) == expected


def test_the_word_before_a_name_is_found_as_the_full_pattern_finds_it() -> None:
    rng = random.Random(15)
    pieces = ["Pets", "at", "Home", " ", "  ", "\n", "\t", "\xa0", "4", "1234", "&", "Dr.", "x", "’s", "(", ",", "É"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        kept = text[:start].rstrip()
        found = citations._WORD_BEFORE.search(text, len(kept) - len(kept.rsplit(None, 1)[-1]) if kept else 0, start)
        expected = citations._WORD_BEFORE.search(text[:start])
        assert (found and found.span()) == (expected and expected.span()), (text, start)


@pytest.mark.parametrize(
    "text",
    ["Smith, A. (2019) Title. Available at: https://doi.org/10.1000/x1 (Accessed: 3 May 2024).",
     "Smith, A. (2019) Title. DOI: 10.1000/x2. HTTP://WWW.EXAMPLE.COM/a (Date accessed 3 May 2024)",
     "Smith, A. (2019) Title. Viewed on 3 May 2024. Retrieved 4 May 2024 from www.example.com",
     "Mandate, A. (2019) Update. Available from: https://dx.doi.org/10.1000/x3 [viewed 2024]",
     "Smith, A. (2019) Title. doi:10.1000/x4", "Smith, A. (2019) Title. Accessed."],
)  # fmt: skip
def test_an_entrys_address_doi_and_access_date_are_searched_for_from_their_first_possible_place(text: str) -> None:
    folded = entries._folded(text)
    for pattern, openings in ((entries._DOI, ("doi", "http")), (entries._URL, ("http", "www.")),
                              (entries._ACCESSED, ("accessed", "date", "viewed", "retrieved"))):  # fmt: skip
        found, expected = pattern.search(text, entries._first_of(folded, openings)), pattern.search(text)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    assert entries.parse_entry(text).url is not None or "Accessed." in text or text.endswith("x4")


def test_the_last_tokens_before_a_bracket_are_read_from_the_last_100_characters_as_from_the_last_200() -> None:
    rng = random.Random(14)
    pieces = ["Smith", "and", "Jones", " ", "  ", ",", ", ", "\xa0", "et al.", "Pets-at-Home-Group-Plc", "x" * 40]
    for _ in range(5000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        window = max(len(head) - 200, 0)
        expected = [(found.group(0), found.start()) for found in citations._TOKEN.finditer(head, window)][-14:]
        tokens = [(f.group(0), f.start()) for f in citations._TOKEN.finditer(head, max(len(head) - 100, window))]
        if len(tokens) <= 14:
            continue  # read again from the last 200 characters
        assert tokens[-14:] == expected, head


@pytest.mark.parametrize(
    "rest",
    ["Title. Available at: https://x.org (Accessed: 1 May 2024).", "Title [ONLINE]. London: Sage.", "Title. WWW.X.ORG",
     "Unavailable at first. AVAILABLE FROM: http://x", "Title. availableat x", "Title. London: Sage.", ""],
)  # fmt: skip
def test_an_entry_is_cut_where_it_goes_online_as_a_split_at_the_first_match_cuts_it(rest: str) -> None:
    found = entries._ONLINE.search(rest, entries._first_of(entries._folded(rest), entries._ONLINE_WORDS))
    assert ([rest[: found.start()], rest[found.end() :]] if found else [rest]) == entries._ONLINE.split(rest, 1)


@pytest.mark.parametrize(
    "text", ['He said "no (Smith, 2019).', "It’s Smith’s view (2019)", "‘a b c d e’ f", "x ‘a b’ c”", "’ ‘", ""]
)
def test_no_part_of_a_text_ending_where_it_ends_may_close_a_quotation_unless_the_whole_may(text: str) -> None:
    # What find_quotations' first test rests on: the part it parses ends where the block does.
    closes = [quotations._may_close(text[start:]) for start in range(len(text) + 1)]
    assert closes[0] or not any(closes)


def test_a_bracketed_citation_reads_as_cited_wherever_it_stands() -> None:
    # What author_like_citations' order of questions for a bracketed citation rests on.
    text = "Sampling at Glastonbury (Glastonbury Festival, 2024) reached (Apple Vision Pro, 2024; Smith, 2019)."
    found = citations.find_citations(text)
    assert len(found) == 3 and not any(c.narrative for c in found)
    assert all(citations.reads_as_cited(text, c) for c in found)


@pytest.mark.parametrize(
    "text",
    ["He said: ‘Brands must listen to every customer’ (Smith, 2019).",
     "(Jones, 2020). One. “Quoted words run on here.”",
     "Mr. Smith (2019) wrote “a b c d e.” Then ‘f g h i j’ came (Lee, 2021).", "No marks at all (Smith, 2019).",
     "Wait!? “Yes it was the one that counted,” she said.) (Ng, 2018)",
     "“Opening at once on a quotation here” (X, 2019)", "A. B.” C. ‘d e f g h’",
     "Ends. ‘Unclosed quotation of many words", "It's the client's view: 'no way at all, ever'."],
)  # fmt: skip
def test_every_quotation_starts_its_sentence_after_the_place_its_block_is_looked_at_from(text: str) -> None:
    # What _quotations_without_page's first test rests on: a citation ending by then is near no quotation.
    start_after = quotations.quoted_sentences_start_after(text)
    assert all(quotation.sentence_start > start_after for quotation in quotations.find_quotations(text))


def test_the_last_sentence_stop_before_the_first_opening_mark_is_found_backwards_as_forwards() -> None:
    rng = random.Random(16)
    pieces = ["Word", " ", "  ", ".", "!", "?", "’", "”", ")", "'", '"', "‘", "“", "«", "a b c d e f", "\n", "x."]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        if not quotations._may_close(text):
            assert quotations.quoted_sentences_start_after(text) == len(text)
            continue
        first = min(at for at in (text.find(mark) for mark in quotations._CLOSING) if at >= 0)
        stops = [stop.start() for stop in quotations._SENTENCE_STOP.finditer(text, 0, first)]
        assert quotations.quoted_sentences_start_after(text) == (stops[-1] if stops else -1), text


@pytest.mark.parametrize(
    "name",
    ["Smith, J.", "Financial Supervisory Commission, R.O.C.", "Galp Energia, SGPS, S.A.", "Polska sp. z o.o.", "A.Ş.",
     "Acme A.G.\n", "Lee, H.-.", "R.O.C.,", "U.S.", "X.", "", ".", "a.b.", "Smith, J.R.", "Ltd."],
)  # fmt: skip
def test_a_names_closing_stop_is_kept_as_the_full_initialism_search_keeps_it(name: str) -> None:
    stripped = name.rstrip(",")
    expected = stripped if entries._ENDS_IN_INITIALISM.search(stripped) else stripped.rstrip(".,")
    assert entries._without_the_lists_stop(name) == expected


@pytest.mark.parametrize(
    "title",
    ["A book about channels", "2nd edn", "6th Canadian edn.", "London: Kogan Page", "Harlow", "TP. Hồ Chí Minh",
     "Digital Marketing Strategy", "١٢th edn", "Beograd: Centar za izdavačku delatnost", "Bratislava: Sprint dva"],
)  # fmt: skip
def test_a_title_with_no_colon_is_no_place_and_publisher_unless_it_opens_on_a_figure(title: str) -> None:
    rest = f" {title}. Available at: https://x.org"
    may = (
        entries._PLACE_PUBLISHER.fullmatch(title) is not None
        or entries._place_and_publishing_house(title)
        or entries._a_city_and_a_name_ending(title, rest.lstrip(" .,:;")[len(title) :])
    )
    if ":" not in title and not title[:1].isdigit():
        assert not may and not entries._place_and_publisher_alone(title, rest, None)


def test_a_list_of_names_opens_a_run_on_entry_only_where_its_first_character_and_a_bracket_follow() -> None:
    rng = random.Random(17)
    pieces = ["Smith, A. ", "(2019) ", "Title. ", "London: Sage. ", "van Dijk, C. ", "@acme ", "ONS ", "x" * 120, "’t "]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for gap in entries._SENTENCE_GAP.finditer(text):
            after = text[gap.end() :]
            skipped = entries._RUN_ON_OPENING.match(after) is None or "(" not in after[:250]
            assert not (skipped and entries._opens_entry(after)), text
    assert entries._named_in_full_last(", Min Thu and Choki Wangmo") == ["Min Thu", "Choki Wangmo"]
    assert entries._LAST_IN_FULL.fullmatch(", Min Thu or Choki Wangmo") is None  # no "and", no names in full
