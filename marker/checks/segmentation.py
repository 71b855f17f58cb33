"""Finding the parts: label every block of a document with the rubric part it belongs to.

Candidates head their parts in many ways: "Task 1 (a)", "Task 1a", "1(a)", "1a.", "Task 1 – part (a)",
"Part 1b", "Task 1 | Part B", "Section 1.2" (the part's place in its task), or a task heading ("TASK 1 – REPORT",
"TASK ONE") followed by "(a) …" or "Part A", with or without the part's title, in a heading style, a bold
paragraph or one set in italics or underlined; or by the part's title alone, in the brief's words or their own
(most of the title's words, clearly more than any other title's). A part may also be headed in the run of its
first paragraph, its label in bold and the answer going on in plain type ("**Part b – Personalising digital
channels.** The target segment …"), in the numbered forms or "Part b" under its task. A reference list or an
appendix ends the part before it; a later part heading starts counting again (some candidates put references
after each task).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from marker.checks.counting import count_words
from marker.checks.regions import (
    APPENDIX,
    FRONT_MATTER,
    REFERENCE_LIST,
    is_appendix_heading,
    is_reference_list_heading,
)
from marker.documents.model import Block, BlockKind, Document
from marker.documents.structure import reads_as_emphasised_heading
from marker.rubric.model import Part, Rubric

# A bold paragraph longer than this is emphasis, not a heading.
MAX_BOLD_HEADING_WORDS = 20
# A plain paragraph this short may still be a heading a candidate typed without styling it.
MAX_PLAIN_HEADING_WORDS = 12

_LEAD = r"^[^\w(]*"
# The word naming a task ("Task", "Q", "T", "Activity"), its stop or a sign before the number: "Task-1", "TASK #1".
_PREFIX = r"(?:task|question|ques|q|t|part|section|activity)\.?\s*[-#]?\s*"
_SEP = r"\s*(?:[-–—:.,|/•·]\s*)?"
# Each pattern yields the task's number and the part's letter; together they cover the forms candidates use.
_PART_FORMS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # "Task 1 (a)", "1(a)", "Task 1 – part (a)", "Q1 (a)"
        _LEAD + rf"(?:{_PREFIX})?(?P<task>\d+){_SEP}(?:part\s*)?\((?P<letter>[a-z])\)",
        # "Task 1a", "1a.", "1.a", "1-b", "Q1a", "T1a", "Activity 1b"
        _LEAD + rf"(?:{_PREFIX})?(?P<task>\d+)[.-]?(?P<letter>[a-z])(?![a-z0-9])",
        # "Task 1 – part a", "Task-1 Part-b", "Task 1 – Section B"
        _LEAD + rf"{_PREFIX}(?P<task>\d+){_SEP}(?:part|section)\s*[-.]?\s*(?P<letter>[a-z])(?![a-z0-9])",
        # "Task 1 a)", "Task 1 – a:", "Task 1 a"
        _LEAD + rf"{_PREFIX}(?P<task>\d+){_SEP}(?P<letter>[a-z])(?:[.):]|\s*$|\s+[-–—:])",
        # "Part b of Task 1", "Part (b) of Question 1"
        _LEAD + r"part\s*\(?(?P<letter>[a-z])\)?\s+of\s+(?:task|question)\s*(?P<task>\d+)(?![\d])",
        # "Task 1 (ii)", "1(iii)", "Q1 part (ii)": the part's place in roman numerals, after its task's number
        _LEAD + rf"(?:{_PREFIX})?(?P<task>\d+){_SEP}(?:part\s*)?\((?P<roman>i{{1,3}}|iv|vi{{0,3}}|ix|x)\)",
    )
)
_TASK_ONLY = re.compile(_LEAD + r"(?:task|activity)\s*[-#]?\s*(\d+)(?![\d])", re.IGNORECASE)
# A task's heading typed as a plain line ("Task 2. Conversion plan", "TASK 3"), not a sentence naming it.
_PLAIN_TASK_HEADING = re.compile(
    _LEAD + r"(?:task|activity)\s*[-#]?\s*\d+(?:\s*[.:\-–—|]|\s*$|[ \t]*\n)(?!.*[.!?]\s*$)", re.IGNORECASE | re.DOTALL
)
# "Section 1.2", "Task 2.1": a task's number and its part's place in the task, after a word saying so.
_PLACED_PART = re.compile(_LEAD + rf"{_PREFIX}(\d+)\.(\d)(?![\d.]*\d)", re.IGNORECASE)
# "1.2" alone as a heading (in a heading's style, in bold, in a shape): the part's place in its task.
_PLACE_ALONE = re.compile(r"^\W*(\d+)\.(\d)\W*$")
# "1.2 Current and future developments": a section number of two levels, then the heading's words.
_PLACE_NUMBER = re.compile(r"^\W*(\d+)\.(\d)\.?\s+(?=\S)")
_REPORT_PLACE = re.compile(r"^\W*(\d{1,2})\.?\s+(?=[^\W\d])")  # "2. Current and future developments"
# "TASK ONE", "Question Two", "Task III": a number in words or roman numerals after the word naming a task.
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
    "viii": "8", "ix": "9", "x": "10",
}  # fmt: skip
# A part's place in roman numerals as its letter: "(ii)" is part (b).
_ROMAN_LETTERS = {
    roman: "abcdefghij"[index]
    for index, roman in enumerate(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"))
}
_WORDED_NUMBER = re.compile(
    r"^(\W*(?:task|question|section)\s+)(one|two|three|four|five|six|seven|eight|nine|ten|i{1,3}|iv|vi{0,3}|ix|x)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# Under a task heading: "(a) …", "a) …", "Part (a)", "Part a".
_LETTER_ONLY = re.compile(_LEAD + r"(?:part\s*\(?([a-z])\)?(?![a-z0-9])|\(([a-z])\)|([a-z])\))", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s*$")
# A section number in front of a heading ("2. Task 1 (b) …", "1.2 Task 1 (b) …") from numbered heading styles
# or typed by hand: the part is named after it.
_SECTION_NUMBER = re.compile(r"^\W*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\S)")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# "3. A consistent experience across channels": a numbered point whose sentence opens with the article "A" (or
# "I"), not Task 3's part (a). A part's letter is never followed by a word in lower case.
_ARTICLE_AFTER_NUMBER = re.compile(r"^\W*\d{1,2}\.\s+[AI]\s+[a-z]")

# Blocks outside the flow of the text: never headings, never part of a region.
_OUTSIDE_FLOW = frozenset({BlockKind.HEADER_FOOTER})
_NEVER_HEADINGS = frozenset(
    {BlockKind.HEADER_FOOTER, BlockKind.CONTENTS, BlockKind.TABLE, BlockKind.FOOTNOTE, BlockKind.CAPTION}
)


@dataclass(frozen=True)
class Segmentation:
    """Where each part lies in a document.

    ``block_regions[i]`` is the part id of block i, or ``regions.FRONT_MATTER`` / ``REFERENCE_LIST`` /
    ``APPENDIX``, or None for blocks in no region (headers and footers, a task's introduction before its
    first part). ``headings`` maps each found part to the index of its heading block; ``heading_blocks``
    holds every block that acts as a heading, styled or bold, so word counts can leave them out.
    """

    block_regions: tuple[str | None, ...]
    headings: dict[str, int]
    heading_blocks: frozenset[int]
    # The words of a run-in heading (``Block.lead``) that opens a part, by block: a heading's words, in a block
    # whose other words are the answer's.
    run_in_words: dict[int, int] = field(default_factory=dict)

    def blocks_of(self, part_id: str) -> list[int]:
        """The indexes of the blocks labelled with this part, in document order."""
        return [index for index, region in enumerate(self.block_regions) if region == part_id]


def with_digits(text: str) -> str:
    """A heading's task number in digits: "TASK ONE" → "TASK 1", "Question III" → "Question 3"."""
    return _WORDED_NUMBER.sub(lambda match: match.group(1) + _NUMBER_WORDS[match.group(2).lower()], text, count=1)


def normalise(text: str) -> str:
    """Lower case with every run of punctuation and spaces made one space, for comparing headings."""
    return _NON_ALNUM.sub(" ", text.lower()).strip()


def part_letter(part: Part) -> str | None:
    """The letter of a part within its task ("1b" → "b"), or None when its id does not follow that form."""
    if part.id.lower().startswith(part.task.lower()):
        rest = part.id[len(part.task) :].lower()
        if len(rest) == 1 and rest.isalpha():
            return rest
    return None


class _PartMatcher:
    """Recognises a part's heading in a block's text, from the rubric's patterns and the usual forms."""

    def __init__(self, rubric: Rubric) -> None:
        self.parts = rubric.parts
        self.by_task_letter: dict[tuple[str, str], str] = {}
        self.task_parts: dict[str, list[str]] = {}
        for part in self.parts:
            letter = part_letter(part)
            if letter is not None:
                self.by_task_letter[(part.task.lower(), letter)] = part.id
            self.task_parts.setdefault(part.task.lower(), []).append(part.id)
        self.patterns = [(part.id, _compile(pattern)) for part in self.parts for pattern in part.heading_patterns]
        self.labels = [(part.id, normalise(part.label)) for part in self.parts if normalise(part.label)]
        self.titles = [(part.id, normalise(part.title)) for part in self.parts if normalise(part.title)]
        # Parts' titles and tasks' titles ("task:1"), compared word by word with headings that reword them.
        self.title_words = [(part.id, _title_words(part.title)) for part in self.parts if _title_words(part.title)]
        self.title_words += [
            (_TASK_KEY + task.id.lower(), _title_words(task.title)) for task in rubric.tasks if _title_words(task.title)
        ]

    def numbered(self, text: str) -> str | None:
        """The part a heading names with its task number ("Task 1 (a)", "1a."), or from the rubric's patterns.

        A section number before the heading ("2. Task 1 (b)", "1.2 1(b) …") is looked past.
        """
        found = self._numbered(text)
        if found is None:
            stripped = _SECTION_NUMBER.sub("", text, count=1)
            if stripped != text:
                found = self._numbered(stripped)
        return found

    def _numbered(self, text: str) -> str | None:
        if _ARTICLE_AFTER_NUMBER.match(text):
            return None
        for part_id, pattern in self.patterns:
            if pattern.match(text):
                return part_id
        for form in _PART_FORMS:
            match = form.match(text)
            if match:
                groups = match.groupdict()
                letter = groups.get("letter") or _ROMAN_LETTERS[groups["roman"].lower()]
                found = self.by_task_letter.get((match.group("task").lower(), letter.lower()))
                if found is not None:
                    return found
        found = self.placed(_PLACED_PART.match(text))
        if found is not None:
            return found
        norm = normalise(text)
        for part_id, label in self.labels:
            if norm == label or norm.startswith(label + " "):
                return part_id
        return None

    def placed(self, match: re.Match[str] | None) -> str | None:
        """The part at a place in its task ("1.2": Task 1's second part), from a match of its two numbers."""
        if match is None:
            return None
        parts = self.task_parts.get(match.group(1).lower(), [])
        place = int(match.group(2))
        return parts[place - 1] if 0 < place <= len(parts) else None

    def task(self, text: str) -> str | None:
        """The task a heading such as "TASK 1 – REPORT" or "Task 2 continued" names, if the rubric has it."""
        match = _TASK_ONLY.match(text) or _TASK_ONLY.match(_SECTION_NUMBER.sub("", text, count=1))
        if match and match.group(1).lower() in self.task_parts:
            return match.group(1).lower()
        # A heading giving the task's title, numbered by Word or not ("1 Developments in personalisation ...").
        found = self._reworded_title(normalise(_SECTION_NUMBER.sub("", text, count=1)))
        if found is not None and found.startswith(_TASK_KEY) and found[len(_TASK_KEY) :] in self.task_parts:
            return found[len(_TASK_KEY) :]
        return None

    def lettered(self, text: str, task: str | None) -> str | None:
        """The part a heading such as "(a) Organisation overview" names inside the current task."""
        if task is None:
            return None
        match = _LETTER_ONLY.match(text)
        if not match:
            return None
        letter = next(group for group in match.groups() if group is not None).lower()
        return self.by_task_letter.get((task, letter))

    def titled(self, text: str) -> str | None:
        """The part whose title is the whole heading ("Organisation overview"), or whose title a heading says
        in words of its own ("Current and future developments of personalisation in digital channels")."""
        norm = normalise(_SECTION_NUMBER.sub("", text, count=1))
        exact = next((part_id for part_id, title in self.titles if norm == title), None)
        if exact is not None:
            return exact
        found = self._reworded_title(norm)
        return found if found is not None and not found.startswith(_TASK_KEY) else None

    def _reworded_title(self, norm: str) -> str | None:
        """The part (or ``task:`` and the task) whose title a heading rewords: most of the title's words and
        clearly more of them than any other title's."""
        words = _title_words(norm)
        if len(words) > MAX_TITLE_WORDS:
            return None
        # By the share of the title's words the heading has, then the share of the heading's words the title has
        # (which tells a task's title from its part's title that repeats most of it).
        scores = sorted(
            (
                (len(title & words) / len(title), len(title & words) / len(words), key)
                for key, title in self.title_words
                if len(title & words) >= 2  # one word shared ("Contents" and "Content") is chance
            ),
            reverse=True,
        )
        if not scores or scores[0][0] < TITLE_WORDS_SHARE:
            return None
        best, best_share, key = scores[0]
        is_task = key.startswith(_TASK_KEY)
        # Clearly ahead of the next title of its own kind, and not tied with a title of the other kind: a
        # task's title that repeats its part's ("Managing, implementing and the risks of personalisation")
        # is told from it by the heading's other words.
        for score, share, other in scores[1:]:
            if other.startswith(_TASK_KEY) == is_task:
                if best - score < 0.25 and not (best == score and best_share - share >= 0.2):
                    return None
                break
        for score, share, other in scores[1:]:
            if other.startswith(_TASK_KEY) != is_task:
                if (score, share) >= (best, best_share):
                    return None
                break
        return key


# Words too common in titles to tell parts apart; the rest are compared by their first letters, so that
# "personalising", "personalised" and "personalisation" are one word and "organisational" is "organisation".
_TITLE_STOP_WORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "from", "in", "its", "of", "on", "one", "the", "to", "with", "your"]
)
_STEM_LETTERS = 6
_TASK_KEY = "task:"
TITLE_WORDS_SHARE = 0.75
MAX_TITLE_WORDS = 12  # a longer line is a sentence about the part, not its heading


def _title_words(text: str) -> frozenset[str]:
    return frozenset(
        word[:_STEM_LETTERS] for word in normalise(text).split() if len(word) > 2 and word not in _TITLE_STOP_WORDS
    )


def _compile(pattern: str) -> re.Pattern[str]:
    """A rubric heading pattern as a regular expression; a pattern that is not one is taken literally."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return re.compile(re.escape(pattern), re.IGNORECASE)


def _is_heading_like(block: Block, words: int | None = None) -> bool:
    """A heading-styled block, or a short paragraph written entirely in bold (``words``: its word count)."""
    if block.kind in _NEVER_HEADINGS:
        return False
    if block.kind is BlockKind.HEADING:
        return True
    words = count_words(block.text) if words is None else words
    if block.emphasised and not block.bold:
        return reads_as_emphasised_heading(block.text, words)
    return block.bold and 0 < words <= MAX_BOLD_HEADING_WORDS


def _is_plain_short(block: Block, words: int | None = None) -> bool:
    """A short unstyled paragraph that might be a heading typed as plain text (``words``: its word count)."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < (count_words(block.text) if words is None else words) <= MAX_PLAIN_HEADING_WORDS
    )


def _is_sub_heading(block: Block) -> bool:
    """A bold line inside a part that reads as a heading (no closing full stop), so is counted as one."""
    return _is_heading_like(block) and (block.kind is BlockKind.HEADING or not _SENTENCE_END.search(block.text))


def segment(document: Document, rubric: Rubric, *, word_counts: Sequence[int] | None = None) -> Segmentation:
    """Label each block of a document with its part (or region) and find each part's heading.

    ``word_counts`` (each block's ``count_words``) spares counting again when the caller has counted already.
    """
    matcher = _PartMatcher(rubric)
    regions: list[str | None] = []
    headings: dict[str, int] = {}
    heading_blocks: set[int] = set()
    run_in_words: dict[int, int] = {}
    words_in: dict[str, int] = {}
    current: str | None = FRONT_MATTER
    current_task: str | None = None
    task_of = {part.id: part.task.lower() for part in rubric.parts}

    for index, block in enumerate(document.blocks):
        if block.kind in _OUTSIDE_FLOW:
            regions.append(None)
            continue
        words = count_words(block.text) if word_counts is None else word_counts[index]
        label_row = _label_row(matcher, block, words)
        drawn = _drawn_heading(block, words)
        heading_like = label_row is not None or drawn or _is_heading_like(block, words)
        plain_short = not heading_like and _is_plain_short(block, words)
        text = with_digits(label_row or block.text.strip())
        # Before the typed forms: "Task 1 (c)" in bold and a short sentence after it is a heading and its answer;
        # "**Task 1 (a)** Organisation overview", a short line with no stop, is a heading with its title in plain.
        heading_line = heading_like or (plain_short and not _SENTENCE_END.search(text))
        run_in = None if heading_line else _run_in_part(matcher, block, current_task, headings, words_in)
        if run_in is not None:
            run_in_words[index] = count_words(block.lead)
            if run_in in headings:  # the first sighting had no text under it (a typed contents list)
                _relabel(regions, run_in, FRONT_MATTER)
            headings[run_in] = index
            current, current_task = run_in, task_of[run_in]
            words_in[current] = words - run_in_words[index]
            regions.append(current)
            continue
        if heading_like or plain_short:
            # A shape may head a part or a task; the reference list and appendices are headed in the text.
            started = None if drawn else _region_heading(text, heading_like)
            part_id = None if started else _part_heading(matcher, text, heading_like, current_task, headings, words_in)
            if started:
                current = started
                heading_blocks.add(index)
                regions.append(current)
                continue
            if part_id is not None:
                heading_blocks.add(index)
                if part_id not in headings:
                    headings[part_id] = index
                elif part_id != current and words_in.get(part_id, 0) == 0:
                    # The first sighting had no text under it (a typed contents list): start here instead.
                    _relabel(regions, part_id, FRONT_MATTER)
                    headings[part_id] = index
                current = part_id
                current_task = task_of[part_id]
                regions.append(current)
                continue
            task = matcher.task(text) if heading_like or _PLAIN_TASK_HEADING.match(text) else None
            if task is not None:
                heading_blocks.add(index)
                current_task = task
                single = matcher.task_parts[task]
                if len(single) == 1 and single[0] not in headings:
                    headings[single[0]] = index
                    current = single[0]
                elif current is None or task_of.get(current) != task:
                    # A task's introduction ("TASK 2 – REPORT" and what follows) belongs to no part.
                    current = None
                regions.append(current)
                continue
        # ``_is_sub_heading(block)``, with the heading test already made above.
        if heading_like and (block.kind is BlockKind.HEADING or not _SENTENCE_END.search(block.text)):
            heading_blocks.add(index)
        elif current in task_of and block.kind is not BlockKind.CONTENTS:
            words_in[current] = words_in.get(current, 0) + words
        regions.append(current)
    _numbered_siblings(document, matcher, regions, headings, heading_blocks)
    return Segmentation(tuple(regions), headings, frozenset(heading_blocks), run_in_words)


def _numbered_siblings(
    document: Document,
    matcher: _PartMatcher,
    regions: list[str | None],
    headings: dict[str, int],
    heading_blocks: set[int],
) -> None:
    """Find a part whose heading names it neither by label nor by title ("1.1 Overview of Reeves and Sons")
    from the numbers of the other parts' headings: where found parts' headings are numbered by their places,
    in their task ("1.2 Current and future developments") or in the report ("2. Current and future
    developments", two such at least), the heading numbered by the missing part's place, between the found
    part before or after it and the next, is the missing part's."""
    blocks = document.blocks

    def numbered_by_place(parts: list[str], task: str | None) -> set[str]:
        """The found parts among ``parts`` whose headings are numbered by their places in them."""
        return {
            part_id
            for place, part_id in enumerate(parts, start=1)
            if part_id in headings and _place_number(blocks[headings[part_id]].text, task) == place
        }

    groups: list[tuple[str | None, list[str]]] = list(matcher.task_parts.items())
    every = [part.id for part in matcher.parts]
    if len(numbered_by_place(every, None)) >= 2:
        groups.append((None, every))
    for task, parts in groups:
        numbered = numbered_by_place(parts, task)
        for place, part_id in enumerate(parts, start=1):
            if part_id in headings or not numbered:
                continue
            after = next((other for other in parts[place:] if other in numbered), None)
            before = next((other for other in reversed(parts[: place - 1]) if other in numbered), None)
            if after is not None:
                # back from the next part's heading over blocks of no part yet (a task's introduction; the front
                # matter too, for the report's first part)
                span = range(headings[after] - 1, -1, -1)
                owners: set[str | None] = {None, FRONT_MATTER} if part_id == every[0] else {None}
            elif before is not None:
                span = range(headings[before] + 1, len(regions))
                owners = {before}
            else:
                continue
            for index in span:
                if regions[index] not in owners:
                    break
                if index in heading_blocks and _place_number(blocks[index].text, task) == place:
                    headings[part_id] = index
                    end = headings[after] if after is not None else len(regions)
                    for inside in range(index, end):
                        if regions[inside] not in owners:
                            break
                        regions[inside] = part_id
                    break


def _place_number(text: str, task: str | None) -> int | None:
    """The place a heading's section number gives: in its task ("1.2 Current …" in Task 1: 2) or, for no task,
    in the report ("2. Current …": 2); None when it gives none."""
    match = (_PLACE_NUMBER if task is not None else _REPORT_PLACE).match(with_digits(text))
    if match is None or (task is not None and match.group(1) != task):
        return None
    return int(match.group(match.lastindex or 1))


def _label_row(matcher: _PartMatcher, block: Block, words: int) -> str | None:
    """The text of a table that is a heading: one row, a part's or a task's label in its first cell and the
    title beside it ("Q1(a) | Organisation overview"), a layout some centres' templates use, or one cell holding
    the heading alone (a coloured band: "Task 1 (b) Current and future developments"). None otherwise."""
    if block.kind is not BlockKind.TABLE or "\n" in block.text or not 0 < words <= MAX_BOLD_HEADING_WORDS:
        return None
    cells = [cell.strip() for cell in block.text.split("\t")]
    if len(cells) == 1:
        if _SENTENCE_END.search(cells[0]):
            return None
    elif not 2 <= len(cells) <= 3 or count_words(cells[0]) > 5:
        return None
    label = with_digits(cells[0])
    if matcher.numbered(label) is None and matcher.task(label) is None:
        return None
    return " ".join(cell for cell in cells if cell)


def _drawn_heading(block: Block, words: int) -> bool:
    """Whether a text box or drawn shape reads as a heading: a few words with no closing stop, as a part's label
    in a circle ("1b"), or its heading in a rounded box or a banner ("Task 1 (b) Current and future
    developments"). Whether it heads a part or a task is then asked of its text as of any heading's."""
    return (
        block.kind is BlockKind.TEXT_BOX
        and block.style != "figure"  # a chart's or diagram's labels (PDF): "1.2" there is a tick on an axis
        and 0 < words <= MAX_BOLD_HEADING_WORDS
        and not _SENTENCE_END.search(block.text)
    )


def _region_heading(text: str, heading_like: bool) -> str | None:
    """The region a heading starts when it is a reference-list or appendix heading."""
    if is_reference_list_heading(text):
        return REFERENCE_LIST
    if heading_like and is_appendix_heading(text):
        return APPENDIX
    if not heading_like and is_appendix_heading(text) and count_words(text) <= 6:
        return APPENDIX
    return None


def _part_heading(
    matcher: _PartMatcher,
    text: str,
    heading_like: bool,
    task: str | None,
    headings: dict[str, int],
    words_in: dict[str, int],
) -> str | None:
    """The part a heading starts. Plain paragraphs only count in the numbered forms, and only once."""
    found = matcher.numbered(text)
    if not heading_like:
        # A typed sentence is a list's point ("2. A single customer view would join loyalty."), not a heading.
        if found is None or found in headings or _SENTENCE_END.search(text):
            return None
        return found
    if found is not None:
        return found
    # Only a heading says a part by its place alone: a line of a chart's axis or a figure may read "1.2" too.
    found = matcher.placed(_PLACE_ALONE.match(text))
    if found is not None:
        return found
    for guess in (matcher.lettered(text, task), matcher.titled(text)):
        # Lettered and title-only headings are ambiguous inside a part ("(a) Email"): first sighting only, or
        # a sighting after one with no text under it (a contents list's entry).
        if guess is not None and _not_yet_begun(guess, headings, words_in):
            return guess
    return None


def _not_yet_begun(part_id: str, headings: dict[str, int], words_in: dict[str, int]) -> bool:
    """Whether a part has no heading yet, or only one with no text under it (a contents list's entry)."""
    return part_id not in headings or words_in.get(part_id, 0) == 0


_RUN_IN_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
_PART_WORD = re.compile(_LEAD + r"part\b", re.IGNORECASE)


def _run_in_part(
    matcher: _PartMatcher, block: Block, task: str | None, headings: dict[str, int], words_in: dict[str, int]
) -> str | None:
    """The part a paragraph's run-in heading opens (``Block.lead``), first sighting only: a numbered form ("Task 1
    (b) –", "1b."), or "Part b" under its task. A bold term opening a paragraph ("(b) Email:", "Personalisation:")
    is no part's heading: a letter alone may be a point's, a title a sub-heading's."""
    if not block.lead or block.kind not in _RUN_IN_KINDS or count_words(block.lead) > MAX_BOLD_HEADING_WORDS:
        return None
    lead = with_digits(block.lead.strip())
    found = matcher.numbered(lead)
    if found is None and _PART_WORD.match(lead):
        found = matcher.lettered(lead, task)
    return found if found is not None and _not_yet_begun(found, headings, words_in) else None


def _relabel(regions: list[str | None], old: str, new: str) -> None:
    for index, region in enumerate(regions):
        if region == old:
            regions[index] = new


def part_heading_text(document: Document, segmentation: Segmentation, part_id: str) -> str | None:
    """The text of a found part's heading (a run-in heading's own words, not its paragraph's; a table row's
    cells joined by spaces)."""
    index = segmentation.headings.get(part_id)
    if index is None:
        return None
    block = document.blocks[index]
    return " ".join((block.lead if index in segmentation.run_in_words else block.text).split("\t")).strip()
