"""Allocating first and second markers: balanced, reproducible, never the same person twice."""

from __future__ import annotations

from collections import Counter

import pytest

from marker.moderation.allocation import allocate, check_assignment
from marker.moderation.errors import AllocationError

SCRIPTS = [f"s{index:02d}" for index in range(30)]
MARKERS = ["ann", "bea", "cal"]


def _roles(allocations: list) -> dict[str, dict[str, str]]:
    roles: dict[str, dict[str, str]] = {}
    for allocation in allocations:
        roles.setdefault(allocation.script_id, {})[allocation.role] = allocation.marker
    return roles


def test_every_script_gets_two_different_markers() -> None:
    roles = _roles(allocate(SCRIPTS, MARKERS, seed=1))
    assert set(roles) == set(SCRIPTS)
    for script_roles in roles.values():
        assert set(script_roles) == {"first", "second"}
        assert script_roles["first"] != script_roles["second"]


def test_allocation_is_balanced_between_markers() -> None:
    allocations = allocate(SCRIPTS, MARKERS, seed=1)
    firsts = Counter(a.marker for a in allocations if a.role == "first")
    seconds = Counter(a.marker for a in allocations if a.role == "second")
    assert sorted(firsts.values()) == [10, 10, 10]
    assert sorted(seconds.values()) == [10, 10, 10]


def test_allocation_is_reproducible_from_its_seed() -> None:
    assert allocate(SCRIPTS, MARKERS, seed=5) == allocate(SCRIPTS, MARKERS, seed=5)
    assert allocate(SCRIPTS, MARKERS, seed=5) != allocate(SCRIPTS, MARKERS, seed=6)


def test_existing_hand_allocations_are_kept_and_counted() -> None:
    existing = {"s00": {"first": "ann"}, "s01": {"first": "ann", "second": "bea"}}
    roles = _roles(allocate(SCRIPTS, MARKERS, seed=1, existing=existing))
    assert "s01" not in roles  # nothing new to allocate
    assert set(roles["s00"]) == {"second"} and roles["s00"]["second"] != "ann"
    firsts = Counter(r.get("first") for r in roles.values()) + Counter({"ann": 2})
    assert max(firsts.values()) - min(v for k, v in firsts.items() if k) <= 1


def test_one_marker_cannot_double_mark() -> None:
    with pytest.raises(AllocationError, match="at least two markers"):
        allocate(SCRIPTS, ["ann"], seed=1)


def test_the_same_person_cannot_hold_two_roles_on_a_script() -> None:
    with pytest.raises(AllocationError, match="already the first marker"):
        check_assignment({"first": "ann"}, "second", "ann")
    with pytest.raises(AllocationError, match="already the second marker"):
        check_assignment({"first": "ann", "second": "bea"}, "third", "bea")
    check_assignment({"first": "ann", "second": "bea"}, "third", "cal")


def test_a_third_marker_needs_first_and_second() -> None:
    with pytest.raises(AllocationError, match="third marker"):
        check_assignment({"first": "ann"}, "third", "cal")
