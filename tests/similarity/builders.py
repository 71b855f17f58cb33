"""Small scripts for the similarity tests: 2206-shaped documents from a few paragraphs of seeded prose."""

from __future__ import annotations

import random
from collections.abc import Sequence

from faker import Faker

from marker.documents.model import Block, BlockKind, Document
from marker.rubric import default_library
from marker.rubric.model import Rubric
from marker.similarity import ScriptText, SimilaritySettings, brief_hashes, prepare_script


def rubric() -> Rubric:
    return default_library().get("cim-2206")


def prose(seed: int, words: int) -> str:
    """Seeded English-word prose in sentences of about twelve words; different seeds share no passage."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    sentences, total = [], 0
    while total < words:
        chunk = fake.words(nb=rng.randint(9, 15))
        sentences.append(" ".join(chunk).capitalize() + ".")
        total += len(chunk)
    return " ".join(sentences)


def make_script(body: Sequence[str], *, cover: str = "Candidate 123456", references: Sequence[str] = ()) -> Document:
    """A cover page, each part of 2206 headed "Task 1 (a) ..." with the given paragraphs spread over the parts,
    and a reference list."""
    parts = rubric().parts
    blocks = [Block(BlockKind.PARAGRAPH, cover)]
    for index, part in enumerate(parts):
        blocks.append(Block(BlockKind.HEADING, f"{part.label} {part.title}", level=1))
        blocks += [Block(BlockKind.PARAGRAPH, text) for text in body[index :: len(parts)]]
    if references:
        blocks.append(Block(BlockKind.HEADING, "References", level=1))
        blocks += [Block(BlockKind.PARAGRAPH, entry) for entry in references]
    return Document("script.docx", "docx", tuple(blocks), None, None)


def prepared(
    document: Document, script_id: str, cohort: str = "2025", settings: SimilaritySettings | None = None
) -> ScriptText:
    settings = settings or SimilaritySettings()
    return prepare_script(
        document,
        rubric(),
        script_id=script_id,
        cohort=cohort,
        brief=brief_hashes(rubric(), settings.ngram),
        settings=settings,
    )
