"""Rubric snapshots in the database: the exact rubric an assessment and its markings were made with."""

from __future__ import annotations

from marker.extensions import db
from marker.rubric import rubric_from_snapshot, rubric_to_snapshot
from marker.rubric.model import Rubric
from marker.store.models import Assessment, RubricSetting, RubricSnapshot


def snapshot_for(rubric: Rubric) -> RubricSnapshot:
    """The stored snapshot of this exact rubric, created the first time it is used."""
    snapshot = db.session.get(RubricSnapshot, rubric.content_hash)
    if snapshot is None:
        snapshot = RubricSnapshot(
            content_hash=rubric.content_hash,
            rubric_id=rubric.id,
            version=rubric.version,
            data=rubric_to_snapshot(rubric),
        )
        db.session.add(snapshot)
    return snapshot


def rubric_of(assessment: Assessment) -> Rubric:
    """The rubric an assessment was created with, from its snapshot, never from the YAML file."""
    return rubric_from_snapshot(assessment.rubric_snapshot.data)


def is_public(rubric: Rubric) -> bool:
    """Whether candidates may check against this rubric: the administrator's setting, else the YAML default."""
    setting = db.session.get(RubricSetting, rubric.id)
    return setting.public if setting is not None else rubric.public
