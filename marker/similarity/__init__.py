"""Similarity within and across cohorts: which scripts share passages, and where (issue 17).

Every script of an assessment is compared with every other script of its cohort and with earlier cohorts of the
same rubric still within retention, leaving out what candidates legitimately share: the brief's own wording,
quotations that carry a citation, in-text citations, the reference list, the cover page, and phrases held by
at least 30 % of a cohort (template and topic boilerplate).

Method and libraries, chosen for an index that keeps no text and scales to thousands of scripts:

* Fingerprints: normalised word 5-grams, hashed with BLAKE2b (Python's hashlib: stable across processes, so
  stored fingerprints stay comparable) and winnowed (Schleimer, Wilkerson and Aiken 2003, the MOSS method)
  over windows of 6, vectorised with numpy (already a dependency). Winnowing guarantees a shared fingerprint
  for every shared run of 10 or more words. MinHash with LSH (``datasketch``) was not used: a MinHash sketch
  estimates the resemblance of whole scripts, and a 50-word passage copied into a 5,000-word script moves
  that by about 1 %, below what LSH bands can find; per-passage sketches would need many more entries than
  winnowed fingerprints for the same guarantee. No maintained PyPI package does winnowing on words; the
  algorithm is a few lines (``fingerprints.winnow``).
* Candidate pairs: a sorted postings array of (hash, script): pairs are counted per shared fingerprint, never
  by comparing every pair (``index.FingerprintIndex``).
* Passages: exact alignment of each candidate pair by seed and extend over all shared 5-grams, joining runs
  across small gaps and in any order (``align``); difflib keeps one order only and ``rapidfuzz`` scores
  similarity of strings rather than locating several passages, so neither was needed.

Nothing here imports a web framework or a database; ``FingerprintIndex.rows()`` is the plain form to persist.
"""

from __future__ import annotations

from marker.similarity.align import shared_passages
from marker.similarity.brief import brief_hashes
from marker.similarity.compare import (
    compare_index,
    compare_indexed,
    compare_new_script,
    compare_pair,
    compare_scripts,
    masked_words,
)
from marker.similarity.fingerprints import Fingerprints, Words, fingerprint, words_of
from marker.similarity.index import FingerprintIndex
from marker.similarity.model import (
    DEFAULT_THRESHOLD_PCT,
    PairSimilarity,
    Passage,
    ScriptSimilarity,
    SimilarityReport,
    SimilaritySettings,
)
from marker.similarity.script import ScriptText, compared_spans, prepare_script, prepare_text, script_text

__all__ = [
    "DEFAULT_THRESHOLD_PCT",
    "FingerprintIndex",
    "Fingerprints",
    "PairSimilarity",
    "Passage",
    "ScriptSimilarity",
    "ScriptText",
    "SimilarityReport",
    "SimilaritySettings",
    "Words",
    "brief_hashes",
    "compare_index",
    "compare_indexed",
    "compare_new_script",
    "compare_pair",
    "compare_scripts",
    "compared_spans",
    "fingerprint",
    "masked_words",
    "prepare_script",
    "prepare_text",
    "script_text",
    "shared_passages",
    "words_of",
]
