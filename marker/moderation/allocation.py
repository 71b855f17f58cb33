"""Allocation: who first-marks, second-marks (and third-marks) each script of an assessment.

Automatic allocation is balanced (every marker gets about the same number of first and of second markings) and
never puts one person on a script twice. It is reproducible: the same scripts, markers and seed give the same
allocation, so a moderator can explain it afterwards.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from marker.moderation.errors import AllocationError
from marker.moderation.model import MARKER_ROLES


@dataclass(frozen=True)
class Allocation:
    """One marker given one role on one script."""

    script_id: str
    role: str
    marker: str


def check_assignment(current: Mapping[str, str], role: str, marker: str) -> None:
    """Raise ``AllocationError`` unless ``marker`` may take ``role`` on a script whose roles are ``current``.

    ``current`` maps a role to the marker already holding it. A person may hold one marker role per script:
    a second marking by the first marker is not a second opinion.
    """
    if role not in MARKER_ROLES:
        raise AllocationError(f"“{role}” is not a marker role; choose first, second or third.")
    if role == "third" and not ({"first", "second"} <= set(current)):
        raise AllocationError("A third marker can be assigned only once the script has a first and a second marker.")
    for other_role, other_marker in current.items():
        if other_role != role and other_role in MARKER_ROLES and other_marker == marker:
            raise AllocationError(
                f"{marker} is already the {other_role} marker of this script; choose someone else as {role} marker."
            )


def allocate(
    scripts: Sequence[str],
    markers: Sequence[str],
    *,
    seed: int,
    existing: Mapping[str, Mapping[str, str]] | None = None,
) -> list[Allocation]:
    """First and second markers for every script that lacks them, balanced and never the same person twice.

    ``existing`` maps a script id to the roles already allocated (by hand, or earlier); those are kept and
    counted towards each marker's load. Returns only the new allocations, in script order.
    """
    people = list(dict.fromkeys(markers))
    if len(people) < 2:
        raise AllocationError("Double marking needs at least two markers in the assessment; add another tutor.")
    existing = existing or {}
    rng = random.Random(seed)
    # A seeded tie-break order, so no one is always first in line when loads are equal.
    rank = {person: index for index, person in enumerate(rng.sample(people, len(people)))}
    load: dict[str, Counter[str]] = {person: Counter() for person in people}
    pairs: Counter[frozenset[str]] = Counter()
    for roles in existing.values():
        for role, person in roles.items():
            if person in load:
                load[person][role] += 1
        if "first" in roles and "second" in roles:
            pairs[frozenset((roles["first"], roles["second"]))] += 1

    def busiest_last(role: str, exclude: set[str], partner: str | None) -> str:
        candidates = [person for person in people if person not in exclude]
        if not candidates:
            raise AllocationError("Every marker is already on this script; add another tutor.")
        return min(
            candidates,
            key=lambda person: (
                load[person][role],
                sum(load[person].values()),
                pairs[frozenset((person, partner))] if partner else 0,
                rank[person],
            ),
        )

    order = list(scripts)
    rng.shuffle(order)  # so the alphabetically first scripts do not always go to the same people
    new: dict[str, list[Allocation]] = {}
    for script in order:
        roles = dict(existing.get(script, {}))
        made: list[Allocation] = []
        for role in ("first", "second"):
            if role in roles:
                continue
            taken = {person for held_role, person in roles.items() if held_role in MARKER_ROLES}
            partner = roles.get("second" if role == "first" else "first")
            person = busiest_last(role, taken, partner)
            check_assignment(roles, role, person)
            roles[role] = person
            load[person][role] += 1
            made.append(Allocation(script, role, person))
        if "first" in roles and "second" in roles and made:
            pairs[frozenset((roles["first"], roles["second"]))] += 1
        new[script] = made
    return [allocation for script in scripts for allocation in new.get(script, [])]
