"""A generated cohort of 2206 scripts with copying planted in it, so the truth is known by construction.

Independent scripts share only what candidates legitimately share: the brief's wording (part headings, a
restated requirement), the same handful of sources (cited quotations, citations, reference lists), a cover
page, topic boilerplate held by half the cohort, and the stock phrases of report writing ("it is important to
note that"). Their prose is otherwise Faker's English word list (seeded), with marketing collocations and
numbers mixed in, so two independent scripts share short n-grams as real ones do but no long passage.

Planted: passages of 30 to 400 words copied from one script into another, verbatim or lightly edited
(synonyms swapped, two sentences swapped, numbers changed, a sentence inserted), some from the earlier cohort,
and one script of the earlier cohort handed in again whole. Each case records the character spans of the
passage in both scripts' texts (``marker.similarity.script_text``).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from faker import Faker

from marker.documents.model import Block, BlockKind, Document
from marker.rubric.model import Rubric
from marker.similarity.script import BLOCK_SEPARATOR

TOPIC_PHRASES = (
    "the customer journey", "email marketing", "the target segment", "return on investment", "social media",
    "personalised content", "the loyalty scheme", "customer data", "digital channels", "mobile app users",
    "conversion rate", "brand awareness", "marketing automation", "the website", "customer lifetime value",
    "first-party data", "push notifications", "search engine optimisation", "content marketing", "the CRM system",
    "online reviews", "customer experience", "data protection", "the marketing team", "paid search",
    "product recommendations", "a single customer view", "key performance indicators", "the retail sector",
    "younger shoppers", "repeat purchases", "abandoned baskets", "click-through rates", "in-store visits",
)  # fmt: skip
STOCK_PHRASES = (
    "It is important to note that", "On the other hand,", "In addition to this,", "As a result,",
    "For example,", "However,", "This means that", "In order to achieve this,", "Furthermore,",
    "As can be seen,", "To conclude,", "It is clear that", "In the long term,", "At the same time,",
)  # fmt: skip
SOURCES = (
    ("Chaffey and Ellis-Chadwick", "2019", "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. "
     "Harlow: Pearson."),
    ("Kotler and Keller", "2016", "Kotler, P. and Keller, K. L. (2016) Marketing management. 15th edn. Harlow: "
     "Pearson."),
    ("Ryan", "2016", "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page."),
    ("Smith", "2020", "Smith, P. R. (2020) Marketing communications. 7th edn. London: Kogan Page."),
    ("Lemon and Verhoef", "2016", "Lemon, K. N. and Verhoef, P. C. (2016) 'Understanding customer experience "
     "throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96."),
    ("Deloitte", "2021", "Deloitte (2021) Connecting with meaning. Available at: https://www2.deloitte.com "
     "(Accessed: 3 May 2022)."),
    ("Tiago and Verissimo", "2014", "Tiago, M. and Verissimo, J. (2014) 'Digital marketing and social media', "
     "Business Horizons, 57(6), pp. 703-708."),
    ("Ofcom", "2022", "Ofcom (2022) Online nation report. London: Ofcom."),
)  # fmt: skip
QUOTES = (
    "personalisation is the process of tailoring messages and offers to individual customers based on what is "
    "known about them",
    "customers now expect every interaction with a brand to reflect their history, preferences and context",
    "the customer journey is a set of touchpoints that together shape the experience a person has of a brand",
    "data without a clear purpose creates risk for the organisation and little value for the customer",
    "a segment must be measurable, substantial, accessible and actionable if marketing is to serve it well",
    "trust is earned when customers can see how their data improves the service they receive",
)
BOILERPLATE = (
    "This report has been prepared for the senior marketing team and follows the structure set out in the "
    "assignment brief, with each task and part addressed in turn under its own heading.",
    "The recommendations in this section are based on secondary research, publicly available company "
    "information and the author's own experience of working with the organisation over several years.",
    "All figures quoted in this report were correct at the time of writing and are taken from the sources "
    "listed in the reference list at the end of the document.",
)
LEADINS = ("The brief asks us to", "This part will", "As required, this section will", "The task is to")
SYNONYMS = {
    "important": "significant", "use": "utilise", "customer": "client", "customers": "clients", "help": "assist",
    "show": "demonstrate", "increase": "grow", "big": "large", "buy": "purchase", "need": "require",
    "start": "begin", "end": "finish", "often": "frequently", "many": "numerous", "get": "obtain",
    "make": "create", "give": "provide", "keep": "retain", "main": "principal", "new": "novel",
}  # fmt: skip


@dataclass(frozen=True)
class Case:
    """A planted copy: ``kind`` is "verbatim", "edited" or "reused"; spans are [start, end) in script_text."""

    kind: str
    source: str
    target: str
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
    words: int


@dataclass
class Corpus:
    """Documents by script id, each script's cohort, and the planted cases."""

    documents: dict[str, Document] = field(default_factory=dict)
    cohorts: dict[str, str] = field(default_factory=dict)
    cases: list[Case] = field(default_factory=list)
    current: str = "2025-06"
    earlier: str = "2024-12"

    def case_pairs(self) -> set[frozenset[str]]:
        return {frozenset((case.source, case.target)) for case in self.cases}


@dataclass
class _Paragraph:
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    clean: bool = False  # pure prose of this script alone: may be copied
    level: int | None = None


class _Writer:
    """Seeded prose: Faker's English words with collocations, stock phrases, numbers and citations."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)

    def sentence(self, *, cite: bool = False) -> str:
        rng = self.rng
        words = self.fake.words(nb=rng.randint(7, 15))
        words.insert(rng.randrange(len(words) + 1), rng.choice(TOPIC_PHRASES))
        if rng.random() < 0.3:
            words.insert(
                rng.randrange(len(words) + 1),
                rng.choice(
                    (f"by {rng.randint(2, 95)}%", f"in {rng.randint(2012, 2024)}", f"{rng.randint(3, 900)} stores")
                ),
            )
        text = " ".join(words)
        if rng.random() < 0.25:
            text = f"{rng.choice(STOCK_PHRASES)} {text}"
        text = text[0].upper() + text[1:]
        if cite:
            author, year, _ = rng.choice(SOURCES)
            text += f" ({author}, {year})"
        return text + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence(cite=self.rng.random() < 0.15) for _ in range(sentences))

    def clean_paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(4, 6)))


def _write_script(
    writer: _Writer, rubric: Rubric, number: int, company: str, boilerplate: list[str], part_words: int
) -> list[_Paragraph]:
    rng = writer.rng
    out = [
        _Paragraph(rubric.qualification),
        _Paragraph(rubric.title),
        _Paragraph(f"Candidate number: {number}"),
        _Paragraph(f"Organisation: {company}"),
        _Paragraph(f"Word count: {rng.randint(4700, 5100):,}"),
    ]
    for index, part in enumerate(rubric.parts):
        out.append(_Paragraph(f"{part.label} {part.title}", BlockKind.HEADING, level=1))
        if index < len(boilerplate) * 2 and index % 2 == 0 and boilerplate[index // 2]:
            out.append(_Paragraph(boilerplate[index // 2]))
        if rng.random() < 0.6:
            out.append(_Paragraph(f"{rng.choice(LEADINS)} {part.requirement[0].lower()}{part.requirement[1:]}"))
        target = part_words // 2 if index == 0 else part_words
        written = 0
        while written < target:
            text = writer.clean_paragraph()
            out.append(_Paragraph(text, clean=True))
            written += len(text.split())
        out.append(_Paragraph(writer.paragraph(rng.randint(2, 4))))
        if rng.random() < 0.4:
            author, year, _ = rng.choice(SOURCES)
            quote = rng.choice(QUOTES)
            out.append(_Paragraph(f"{writer.sentence()} It has been argued that “{quote}” ({author}, {year}, "
                                  f"p. {rng.randint(2, 300)})."))  # fmt: skip
    out.append(_Paragraph("References", BlockKind.HEADING, level=1))
    for _, _, entry in sorted(rng.sample(SOURCES, 6), key=lambda source: source[2]):
        out.append(_Paragraph(entry))
    return out


def _document(script_id: str, paragraphs: list[_Paragraph]) -> Document:
    blocks = tuple(Block(p.kind, p.text, 1, p.level) for p in paragraphs)
    return Document(f"{script_id}.docx", "docx", blocks, None, None)


def _offsets(paragraphs: list[_Paragraph]) -> list[int]:
    starts, at = [], 0
    for paragraph in paragraphs:
        starts.append(at)
        at += len(paragraph.text) + len(BLOCK_SEPARATOR)
    return starts


def _spans(
    paragraphs: list[_Paragraph], chosen: list[_Paragraph], texts: list[str] | None = None
) -> tuple[tuple[int, int], ...]:
    """The spans of the chosen paragraphs (or of the given prefix of each) in the script's text."""
    starts = _offsets(paragraphs)
    spans = []
    for k, paragraph in enumerate(chosen):
        at = next(i for i, p in enumerate(paragraphs) if p is paragraph)
        spans.append((starts[at], starts[at] + len(texts[k] if texts is not None else paragraph.text)))
    return tuple(spans)


def _edit(writer: _Writer, text: str) -> str:
    """Light edits: about one word in ten swapped for a synonym, two sentences swapped, numbers changed, and
    a sentence inserted."""
    rng = writer.rng
    words = text.split(" ")
    at = rng.randint(3, 8)
    while at < len(words):
        word = words[at]
        bare = word.strip(".,").lower()
        if bare and not any(ch.isdigit() for ch in bare):
            swapped = SYNONYMS.get(bare) or writer.fake.word()
            words[at] = word.replace(word.strip(".,"), swapped)
        at += rng.randint(7, 13)
    sentences = re.split(r"(?<=\.) ", " ".join(words))
    if len(sentences) >= 3:
        i = rng.randrange(len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    sentences.insert(rng.randint(1, max(1, len(sentences) - 1)), writer.sentence())
    edited = " ".join(sentences)
    return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), edited)


def _take_words(paragraphs: list[_Paragraph], length: int, rng: random.Random) -> tuple[int, int, list[str]] | None:
    """A run of clean paragraphs holding ``length`` words: (first index, last index, texts cut to length)."""
    runs, start = [], None
    for index, paragraph in enumerate([*paragraphs, _Paragraph("")]):
        if paragraph.clean and start is None:
            start = index
        elif not paragraph.clean and start is not None:
            runs.append((start, index))
            start = None
    rng.shuffle(runs)
    for first, end in runs:
        for begin in range(first, end):
            texts, needed = [], length
            for index in range(begin, end):
                words = paragraphs[index].text.split(" ")
                texts.append(" ".join(words[:needed]))
                needed -= min(needed, len(words))
                if needed == 0:
                    return begin, index, texts
    return None


def build_corpus(rubric: Rubric, seed: int, *, current: int = 32, earlier: int = 8, part_words: int = 440) -> Corpus:
    """A current cohort and an earlier one, with 10 verbatim and 10 edited planted copies and one reused script."""
    writer = _Writer(seed)
    rng = writer.rng
    corpus = Corpus()
    scripts: dict[str, list[_Paragraph]] = {}
    ids = [f"e{i:02d}" for i in range(earlier)] + [f"c{i:02d}" for i in range(current)]
    for position, script_id in enumerate(ids):
        # Each boilerplate paragraph appears in half the cohort: over the 30 % that makes it the cohort's own.
        boilerplate = [text if (position + k) % 2 == 0 else "" for k, text in enumerate(BOILERPLATE)]
        company = writer.fake.company()
        scripts[script_id] = _write_script(
            writer, rubric, rng.randint(100000, 999999), company, boilerplate, part_words
        )
        corpus.cohorts[script_id] = corpus.earlier if script_id.startswith("e") else corpus.current

    # One earlier script handed in again whole in the current cohort, with its own cover page.
    reused_from, reused = ids[0], ids[-1]
    scripts[reused] = [_Paragraph(p.text, p.kind, False, p.level) for p in scripts[reused_from]]
    scripts[reused][2] = _Paragraph(f"Candidate number: {rng.randint(100000, 999999)}")

    lengths = [30, 40, 50, 60, 80, 100, 150, 200, 300, 400]
    plan = [("verbatim", n) for n in lengths] + [("edited", n) for n in lengths]
    used_pairs: set[frozenset[str]] = {frozenset((reused_from, reused))}
    sources = [i for i in ids if i not in (reused_from, reused)]
    targets = [i for i in sources if i.startswith("c")]
    pending: list[tuple[str, str, str, int, list[_Paragraph], list[str]]] = []
    for kind, length in plan:
        while True:
            source, target = rng.choice(sources), rng.choice(targets)
            if source != target and frozenset((source, target)) not in used_pairs:
                taken = _take_words(scripts[source], length, rng)
                if taken is not None:
                    break
        used_pairs.add(frozenset((source, target)))
        first, last, texts = taken
        for index in range(first, last + 1):
            scripts[source][index].clean = False  # copied once only, so every shared passage is a case
        pending.append((kind, source, target, length, scripts[source][first : last + 1], texts))

    # Insert the copies, then compute every span from the final texts (by paragraph, as indexes move).
    inserted = []
    for kind, source, target, length, originals, texts in pending:
        copies = [_Paragraph(text if kind == "verbatim" else _edit(writer, text)) for text in texts]
        body = [i for i, p in enumerate(scripts[target]) if p.clean]
        at = rng.choice(body) + 1
        scripts[target][at:at] = copies
        inserted.append((kind, source, target, length, originals, copies, texts))
    for kind, source, target, length, originals, copies, texts in inserted:
        corpus.cases.append(
            Case(
                kind, source, target, _spans(scripts[source], originals, texts), _spans(scripts[target], copies), length
            )
        )

    def body_spans(paragraphs: list[_Paragraph]) -> tuple[tuple[int, int], ...]:
        starts = _offsets(paragraphs)
        return tuple((starts[i], starts[i] + len(p.text)) for i, p in enumerate(paragraphs) if i >= 5)

    corpus.cases.append(
        Case("reused", reused_from, reused, body_spans(scripts[reused_from]), body_spans(scripts[reused]), 0)
    )
    corpus.documents = {script_id: _document(script_id, scripts[script_id]) for script_id in ids}
    return corpus
