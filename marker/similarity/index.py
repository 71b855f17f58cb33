"""The fingerprint index of every script of a rubric still within retention, across cohorts.

It keeps fingerprints only (hash and word position per script), never text, so it holds nothing a person could
read back. Every entry belongs to one script, so a script's entries can be deleted on its own (retention,
erasure), and ``rows()`` / ``from_rows()`` give the plain form a database table of (script id, hash, position)
can store, with one row per script for its cohort and word count (``script_rows()``).

Candidate pairs are found through postings sorted by hash: scripts sharing a fingerprint sit next to each
other, so pairs are counted per shared fingerprint and never by comparing every pair of scripts. Memory grows
with the number of fingerprints (about a third of a script's words), not with the square of the cohort.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from marker.similarity.fingerprints import Fingerprints, HashArray, PositionArray
from marker.similarity.model import SimilaritySettings

IndexArray = npt.NDArray[np.int64]
_EMPTY_HASHES: HashArray = np.zeros(0, dtype=np.uint64)
_EMPTY_INDEX: IndexArray = np.zeros(0, dtype=np.int64)
# Below this many pending fingerprints (relative to those indexed) new scripts are merged into the sorted
# postings one by one; above it the postings are sorted afresh, which is cheaper for a whole cohort at once.
_REBUILD_SHARE = 0.05


@dataclass(frozen=True, eq=False)
class IndexedScript:
    """An indexed script: its cohort, its number of compared words and its fingerprints."""

    script_id: str
    cohort: str
    words: int
    fingerprints: Fingerprints


class FingerprintIndex:
    """Fingerprints of many scripts, with per-script deletion and candidate pairs by shared fingerprints."""

    def __init__(self, settings: SimilaritySettings | None = None) -> None:
        self.settings = settings or SimilaritySettings()
        self._scripts: dict[str, IndexedScript] = {}
        self._slot_of: dict[str, int] = {}
        self._slot_ids: list[str | None] = []
        self._slot_cohort: list[int] = []
        self._cohort_codes: dict[str, int] = {}
        self._post_hashes: HashArray = _EMPTY_HASHES
        self._post_slots: IndexArray = _EMPTY_INDEX
        self._pending: list[int] = []
        self._common: dict[str, HashArray] = {}

    # --- contents --------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._scripts)

    def __contains__(self, script_id: object) -> bool:
        return script_id in self._scripts

    def script(self, script_id: str) -> IndexedScript:
        return self._scripts[script_id]

    def scripts(self, cohort: str | None = None) -> list[IndexedScript]:
        """The indexed scripts (of one cohort when given), in the order they were added."""
        return [s for s in self._scripts.values() if cohort is None or s.cohort == cohort]

    def cohorts(self) -> list[str]:
        return sorted({s.cohort for s in self._scripts.values()})

    def add(self, script_id: str, cohort: str, words: int, fingerprints: Fingerprints) -> None:
        """Index a script's fingerprints (replacing what was indexed under its id before)."""
        if script_id in self._scripts:
            self.remove(script_id)
        self._scripts[script_id] = IndexedScript(script_id, cohort, words, fingerprints)
        slot = len(self._slot_ids)
        self._slot_of[script_id] = slot
        self._slot_ids.append(script_id)
        self._slot_cohort.append(self._cohort_codes.setdefault(cohort, len(self._cohort_codes)))
        self._pending.append(slot)
        self._common.clear()

    def remove(self, script_id: str) -> bool:
        """Delete every entry of one script (retention or erasure); False when it was not indexed."""
        if script_id not in self._scripts:
            return False
        del self._scripts[script_id]
        slot = self._slot_of.pop(script_id)
        self._slot_ids[slot] = None
        if slot in self._pending:
            self._pending.remove(slot)
        else:
            keep = self._post_slots != slot
            self._post_hashes, self._post_slots = self._post_hashes[keep], self._post_slots[keep]
        self._common.clear()
        return True

    def remove_cohort(self, cohort: str) -> int:
        """Delete every script of a cohort (its retention has ended); the number deleted."""
        doomed = [s.script_id for s in self._scripts.values() if s.cohort == cohort]
        for script_id in doomed:
            self.remove(script_id)
        return len(doomed)

    # --- plain serialisable form ----------------------------------------------------------------------------
    def rows(self) -> Iterator[tuple[str, int, int]]:
        """Every fingerprint as a row (script id, hash, word position): hashes fit a signed 64-bit column."""
        for script in self._scripts.values():
            for value, position in zip(
                script.fingerprints.hashes.tolist(), script.fingerprints.positions.tolist(), strict=True
            ):
                yield script.script_id, value, position

    def script_rows(self) -> Iterator[tuple[str, str, int]]:
        """One row per script: (script id, cohort, compared words)."""
        for script in self._scripts.values():
            yield script.script_id, script.cohort, script.words

    @classmethod
    def from_rows(
        cls,
        scripts: Iterable[tuple[str, str, int]],
        rows: Iterable[tuple[str, int, int]],
        settings: SimilaritySettings | None = None,
    ) -> FingerprintIndex:
        """An index rebuilt from ``script_rows()`` and ``rows()`` as they were stored."""
        hashes: dict[str, list[int]] = {}
        positions: dict[str, list[int]] = {}
        for script_id, value, position in rows:
            hashes.setdefault(script_id, []).append(value)
            positions.setdefault(script_id, []).append(position)
        index = cls(settings)
        for script_id, cohort, words in scripts:
            found = Fingerprints(
                np.array(hashes.get(script_id, []), dtype=np.uint64),
                np.array(positions.get(script_id, []), dtype=np.int64),
            )
            index.add(script_id, cohort, words, found)
        return index

    def to_dict(self) -> dict[str, object]:
        """The index as plain data (JSON-ready): settings that shaped the fingerprints, then each script."""
        return {
            "schema": "marker.similarity-index/1",
            "ngram": self.settings.ngram,
            "window": self.settings.window,
            "scripts": [
                {
                    "id": s.script_id,
                    "cohort": s.cohort,
                    "words": s.words,
                    "hashes": s.fingerprints.hashes.tolist(),
                    "positions": s.fingerprints.positions.tolist(),
                }
                for s in self._scripts.values()
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, object], settings: SimilaritySettings | None = None) -> FingerprintIndex:
        """An index from ``to_dict()``; ValueError when it was built with other n-gram or window sizes."""
        settings = settings or SimilaritySettings()
        if data.get("ngram") != settings.ngram or data.get("window") != settings.window:
            raise ValueError("The stored fingerprints were made with other n-gram or window sizes: re-index.")
        index = cls(settings)
        scripts = data.get("scripts")
        assert isinstance(scripts, list)
        for entry in scripts:
            found = Fingerprints(
                np.array(entry["hashes"], dtype=np.uint64), np.array(entry["positions"], dtype=np.int64)
            )
            index.add(str(entry["id"]), str(entry["cohort"]), int(entry["words"]), found)
        return index

    # --- postings and boilerplate ----------------------------------------------------------------------------
    def _postings(self) -> tuple[HashArray, IndexArray]:
        """Every script's distinct fingerprints sorted by hash, with the slot of the script holding each."""
        if self._pending:
            pending = sum(len(self._scripts[self._slot_ids[s] or ""].fingerprints) for s in self._pending)
            if pending > _REBUILD_SHARE * len(self._post_hashes):
                self._rebuild()
            else:
                for slot in self._pending:
                    self._merge(slot)
            self._pending = []
        return self._post_hashes, self._post_slots

    def _distinct(self, slot: int) -> HashArray:
        script_id = self._slot_ids[slot]
        assert script_id is not None
        found: HashArray = np.unique(self._scripts[script_id].fingerprints.hashes)
        return found

    def _rebuild(self) -> None:
        parts = [(self._distinct(slot), slot) for slot in range(len(self._slot_ids)) if self._slot_ids[slot]]
        if not parts:
            self._post_hashes, self._post_slots = _EMPTY_HASHES, _EMPTY_INDEX
            return
        hashes = np.concatenate([h for h, _ in parts])
        slots = np.concatenate([np.full(len(h), slot, dtype=np.int64) for h, slot in parts])
        order = np.argsort(hashes, kind="stable")
        self._post_hashes, self._post_slots = hashes[order], slots[order]

    def _merge(self, slot: int) -> None:
        hashes = self._distinct(slot)
        at = np.searchsorted(self._post_hashes, hashes)
        self._post_hashes = np.insert(self._post_hashes, at, hashes)
        self._post_slots = np.insert(self._post_slots, at, np.full(len(hashes), slot, dtype=np.int64))

    def cohort_size(self, cohort: str) -> int:
        return sum(1 for s in self._scripts.values() if s.cohort == cohort)

    def common_hashes(self, cohort: str) -> HashArray:
        """A cohort's boilerplate: fingerprints held by at least ``common_share`` of its scripts (sorted)."""
        if cohort not in self._common:
            hashes, slots = self._postings()
            code = self._cohort_codes.get(cohort)
            size = self.cohort_size(cohort)
            needed = max(self.settings.common_min_scripts, math.ceil(self.settings.common_share * size))
            if code is None or size < needed:
                self._common[cohort] = _EMPTY_HASHES
            else:
                cohort_of = np.array(self._slot_cohort, dtype=np.int64)
                mine = hashes[cohort_of[slots] == code]  # still sorted
                starts = np.flatnonzero(np.r_[True, mine[1:] != mine[:-1]])
                counts = np.diff(np.r_[starts, len(mine)])
                self._common[cohort] = mine[starts[counts >= needed]]
        return self._common[cohort]

    def all_common_hashes(self) -> HashArray:
        """Boilerplate of any cohort: ignored in every comparison (an earlier cohort's template is one too)."""
        found = [self.common_hashes(cohort) for cohort in self.cohorts()]
        return np.unique(np.concatenate(found)) if found else _EMPTY_HASHES

    # --- candidate pairs -------------------------------------------------------------------------------------
    def candidate_pairs(self, cohort: str | None = None) -> list[tuple[str, str, int]]:
        """Pairs sharing at least ``min_shared`` fingerprints that are not boilerplate, or one fingerprint no
        more than ``rare_scripts`` scripts hold, with how many they share.

        With ``cohort``, only pairs with at least one script of that cohort (the rest were compared before).
        """
        hashes, slots = self._postings()
        common = self.all_common_hashes()
        if len(common):
            keep = ~np.isin(hashes, common)
            hashes, slots = hashes[keep], slots[keep]
        if not len(hashes):
            return []
        starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
        sizes = np.diff(np.r_[starts, len(hashes)])
        focus = self._cohort_codes.get(cohort, -1) if cohort is not None else None
        cohort_of = np.array(self._slot_cohort, dtype=np.int64)
        width = len(self._slot_ids)
        keys: list[IndexArray] = []
        rare: list[IndexArray] = []
        for size in np.unique(sizes[(sizes >= 2) & (sizes <= self.settings.max_postings)]).tolist():
            # All groups of one size at once: a (groups × size) matrix of slots, then every pair of columns.
            group = slots[starts[sizes == size][:, None] + np.arange(size)]
            first, second = np.triu_indices(size, 1)
            a, b = group[:, first].ravel(), group[:, second].ravel()
            if focus is not None:
                wanted = (cohort_of[a] == focus) | (cohort_of[b] == focus)
                a, b = a[wanted], b[wanted]
            keys.append(np.minimum(a, b) * width + np.maximum(a, b))
            if size <= self.settings.rare_scripts:
                rare.append(keys[-1])
        if not keys:
            return []
        pairs, counts = np.unique(np.concatenate(keys), return_counts=True)
        alone = np.isin(pairs, np.concatenate(rare)) if rare else np.zeros(len(pairs), dtype=np.bool_)
        found = []
        for key, count, rare_one in zip(pairs.tolist(), counts.tolist(), alone.tolist(), strict=True):
            if count >= self.settings.min_shared or rare_one:
                a_id, b_id = self._slot_ids[key // width], self._slot_ids[key % width]
                assert a_id is not None and b_id is not None
                found.append((a_id, b_id, int(count)))
        return found

    def candidates_for(self, script_id: str) -> list[tuple[str, int]]:
        """The indexed scripts sharing with one script at least ``min_shared`` non-boilerplate fingerprints, or
        one that no more than ``rare_scripts`` scripts hold."""
        hashes, slots = self._postings()
        mine = self._distinct(self._slot_of[script_id])
        common = self.all_common_hashes()
        if len(common):
            mine = mine[~np.isin(mine, common)]
        left = np.searchsorted(hashes, mine, side="left")
        right = np.searchsorted(hashes, mine, side="right")
        lengths = right - left
        usable = (lengths >= 2) & (lengths <= self.settings.max_postings)
        left, lengths = left[usable], lengths[usable]
        if not len(left):
            return []
        total = int(lengths.sum())
        offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        others = slots[np.repeat(left, lengths) + offsets]
        rare = np.repeat(lengths <= self.settings.rare_scripts, lengths)
        mine_slot = others != self._slot_of[script_id]
        others, rare = others[mine_slot], rare[mine_slot]
        found, counts = np.unique(others, return_counts=True)
        alone = np.isin(found, others[rare])
        result = []
        for slot, count, rare_one in zip(found.tolist(), counts.tolist(), alone.tolist(), strict=True):
            other = self._slot_ids[slot]
            if (count >= self.settings.min_shared or rare_one) and other is not None:
                result.append((other, int(count)))
        return result


def positions_of(fingerprints: Fingerprints, hashes: HashArray) -> PositionArray:
    """The word positions of a script's fingerprints whose hash is among ``hashes`` (sorted)."""
    found: PositionArray = fingerprints.positions[np.isin(fingerprints.hashes, hashes)]
    return found
