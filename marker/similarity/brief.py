"""The brief's own wording: every n-gram of a rubric's text, which candidates may repeat without copying."""

from __future__ import annotations

from marker.rubric.model import Rubric
from marker.similarity.fingerprints import text_ngram_hashes


def brief_texts(rubric: Rubric) -> list[str]:
    """Every piece of wording a rubric holds: titles, part labels, requirements, guidance, bands, limits."""
    texts = [rubric.title, rubric.qualification, rubric.word_count_policy.statement]
    for task in rubric.tasks:
        texts += [task.title, task.guidance]
        for part in task.parts:
            texts += [part.label, part.title, part.requirement, part.guidance_candidates, part.guidance_markers]
            texts += [f"{part.label} {part.title}"]  # a heading as candidates write it
            texts += [band.descriptor for band in part.bands]
            texts += [criterion.text for criterion in part.achievement_criteria]
    texts += [limit.policy for limit in rubric.limits]
    return [text for text in texts if text]


def brief_hashes(rubric: Rubric, ngram: int) -> frozenset[int]:
    """The n-gram hashes of the brief's wording, never taken as evidence of copying."""
    found: set[int] = set()
    for text in brief_texts(rubric):
        found |= text_ngram_hashes(text, ngram)
    return frozenset(found)
