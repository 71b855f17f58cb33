"""What a similarity comparison takes (its settings) and gives (passages, pairs, scripts, the report)."""

from __future__ import annotations

from dataclasses import dataclass, field

# A pair is listed when a passage holds this share of either script: about 50 words of a 5,000-word report.
# Legitimately shared wording is left out before the share is taken, so independent scripts stay near zero.
DEFAULT_THRESHOLD_PCT = 1.0


@dataclass(frozen=True)
class SimilaritySettings:
    """How scripts are fingerprinted and compared. The defaults were tuned on the generated dev corpus.

    ``ngram`` words make one n-gram and ``window`` n-grams one winnowing window, so every shared run of at least
    ``ngram + window - 1`` words yields a shared fingerprint. A fingerprint held by at least ``common_share`` of
    a cohort's scripts (and by ``common_min_scripts`` or more, so that in a small cohort a ring of four
    scripts copying one another is not taken for boilerplate) is the cohort's boilerplate and is ignored.
    ``max_postings`` caps how many scripts a fingerprint may be in to propose pairs (past it, the phrase is a
    commonplace that says nothing about two scripts); ``min_shared`` fingerprints propose a pair, and so does a
    single fingerprint held by no more than ``rare_scripts`` scripts (a short edited copy may keep only one).
    Alignment seeds on runs of ``seed_words`` identical words (shorter than the fingerprints' n-grams, so the
    words between two synonyms swapped ten words apart still align). Aligned runs of words join into one
    passage across at most ``gap`` words in one script and ``long_gap`` in the other (a sentence inserted into
    a copy); a passage needs ``min_passage_words`` matched words. ``threshold_pct`` is the assessment's setting: pairs
    sharing at least this percentage of either script's compared words are listed.
    """

    ngram: int = 5
    window: int = 6
    common_share: float = 0.30
    common_min_scripts: int = 5
    max_postings: int = 50
    min_shared: int = 2
    rare_scripts: int = 2
    seed_words: int = 4
    gap: int = 12
    long_gap: int = 40
    min_passage_words: int = 18
    threshold_pct: float = DEFAULT_THRESHOLD_PCT


@dataclass(frozen=True)
class Passage:
    """A passage two scripts share: character spans ``[start, end)`` in each script's text, and word counts."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_words: int
    b_words: int

    def to_dict(self) -> dict[str, int]:
        return {
            "a_start": self.a_start,
            "a_end": self.a_end,
            "b_start": self.b_start,
            "b_end": self.b_end,
            "a_words": self.a_words,
            "b_words": self.b_words,
        }


@dataclass(frozen=True)
class PairSimilarity:
    """Two scripts' shared passages; ``a_pct`` is the share of a's compared words in them, ``b_pct`` of b's."""

    a: str
    b: str
    a_cohort: str
    b_cohort: str
    a_pct: float
    b_pct: float
    passages: tuple[Passage, ...]

    @property
    def pct(self) -> float:
        """The larger of the two shares: a short script copied whole into a long one is still a full copy."""
        return max(self.a_pct, self.b_pct)

    @property
    def shared_words(self) -> int:
        return sum(passage.a_words for passage in self.passages)

    def to_dict(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "a_cohort": self.a_cohort,
            "b_cohort": self.b_cohort,
            "a_pct": round(self.a_pct, 1),
            "b_pct": round(self.b_pct, 1),
            "passages": [passage.to_dict() for passage in self.passages],
        }


@dataclass(frozen=True)
class ScriptSimilarity:
    """One script's highest overlap with another script: the share of its compared words, and with whom."""

    script_id: str
    cohort: str
    words: int
    best_with: str | None
    best_pct: float

    def to_dict(self) -> dict[str, object]:
        return {
            "script": self.script_id,
            "cohort": self.cohort,
            "words": self.words,
            "best_with": self.best_with,
            "best_pct": round(self.best_pct, 1),
        }


CSV_HEADER = ("script_a", "cohort_a", "script_b", "cohort_b", "pct_a", "pct_b", "shared_words", "passages")


@dataclass(frozen=True)
class SimilarityReport:
    """The comparison of a cohort: every script's highest overlap and every pair that shares a passage."""

    scripts: tuple[ScriptSimilarity, ...]
    pairs: tuple[PairSimilarity, ...]
    settings: SimilaritySettings = field(default_factory=SimilaritySettings)

    def flagged(self, threshold_pct: float | None = None) -> list[PairSimilarity]:
        """Pairs at or over the threshold (the settings' unless given), most similar first."""
        threshold = self.settings.threshold_pct if threshold_pct is None else threshold_pct
        return sorted((p for p in self.pairs if p.pct >= threshold), key=lambda p: (-p.pct, p.a, p.b))

    def pair(self, a: str, b: str) -> PairSimilarity | None:
        """The comparison of two scripts, whichever order they are named in; None when they share nothing."""
        for found in self.pairs:
            if {found.a, found.b} == {a, b}:
                return found
        return None

    def csv_rows(self, threshold_pct: float | None = None) -> list[tuple[str, ...]]:
        """The flagged pairs as CSV rows, header first."""
        rows: list[tuple[str, ...]] = [CSV_HEADER]
        for p in self.flagged(threshold_pct):
            rows.append(
                (p.a, p.a_cohort, p.b, p.b_cohort, f"{p.a_pct:.1f}", f"{p.b_pct:.1f}", str(p.shared_words),
                 str(len(p.passages)))
            )  # fmt: skip
        return rows

    def to_dict(self, threshold_pct: float | None = None) -> dict[str, object]:
        threshold = self.settings.threshold_pct if threshold_pct is None else threshold_pct
        return {
            "schema": "marker.similarity-report/1",
            "threshold_pct": threshold,
            "scripts": [script.to_dict() for script in self.scripts],
            "flagged": [pair.to_dict() for pair in self.flagged(threshold)],
        }
