"""Values for URL arguments when the role-by-route test walks every route.

Each key is a URL argument name; the value is a function of the seeded objects giving a value to use. Add your
routes' arguments here. A value that names nothing (404) is acceptable to the walk: it checks the role gate,
which runs before the lookup; object-level access is tested per blueprint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ROUTE_SAMPLES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "token": lambda seeded: "not-a-real-token",
    "filename": lambda seeded: "css/marker.css",
    "assessment_id": lambda seeded: seeded["assessment_id"],
    "submission_id": lambda seeded: seeded["submission_id"],
    "marking_id": lambda seeded: seeded["marking_id"],
    "rubric_id": lambda seeded: "cim-2206",
    "part_id": lambda seeded: "1a",
    "entry_id": lambda seeded: 1,
    "user_id": lambda seeded: seeded["user_id"],
    "batch_id": lambda seeded: 1,
    "note_id": lambda seeded: 1,
    # Names no export (404 for everyone): exports asked for during the walk belong to one person only.
    "export_id": lambda seeded: 999999,
    "page": lambda seeded: 1,
}
