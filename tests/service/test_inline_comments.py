"""Inline comments on passages of a script: anchored where the script view shows them, kept with their marking,
changed only by its marker while it is open, audited, and carried into the feedback of the final marking."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from marker.errors import MarkerError
from marker.extensions import db
from marker.marking import build_feedback
from marker.marking.feedback import passage_note
from marker.rubric import default_library
from marker.service import comments
from marker.service.comments import InlineCommentRefused, find_passage
from marker.service.errors import MarkingClosed, NotFound
from marker.service.uow import UnitOfWork
from marker.store.models import (
    Assessment,
    AuditEvent,
    InlineComment,
    Marking,
    RubricSnapshot,
    Submission,
    User,
)
from marker.store.retention import ERASED, delete_candidate, export_candidate

HASH = "2" * 64
TEXT_1A = "Acme Ltd sells outdoor gear to families across the UK."
TEXT_1C = "Email can be personalised for the family segment. Our segment is young parents."


def _marking(make_user: Callable[..., User], status: str = "draft") -> tuple[Marking, User]:
    tess = make_user("tess", "tutor")
    snapshot = RubricSnapshot(content_hash=HASH, rubric_id="t", version="1", data={})
    assessment = Assessment(title="A", cohort="C", rubric_id="t", rubric_hash=snapshot.content_hash)
    submission = Submission(assessment=assessment, candidate_number="555", original_name="s.docx", checksum="0" * 64)
    submission.check_segments = {
        "1a": {"heading": "Task 1 (a)", "heading_index": 1, "blocks": [[2, "paragraph", TEXT_1A, True, 10]]},
        "1c": {
            "heading": "Task 1 (c)",
            "heading_index": 5,
            "blocks": [[6, "paragraph", "Channels.", True, 1], [7, "paragraph", TEXT_1C, True, 13]],
        },
    }
    marking = Marking(submission=submission, marker_id=tess.id, role="first", status=status, rubric_hash=HASH)
    db.session.add_all([snapshot, assessment, submission, marking])
    db.session.commit()
    return marking, tess


def test_a_comment_is_anchored_to_the_selected_passage_and_audited(
    uow: UnitOfWork, make_user: Callable[..., User]
) -> None:
    marking, tess = _marking(make_user)
    start = TEXT_1C.index("Our segment")
    note = comments.add_inline_comment(
        uow, marking, part_id="1c", quote=" Our segment is young parents", text=" Say why. ", block_index=7,
        start=start - 1, actor=tess,
    )  # fmt: skip
    assert (note.block_index, note.start, note.end) == (7, start, start + len("Our segment is young parents"))
    assert (note.quote, note.text) == ("Our segment is young parents", "Say why.")
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "inline_comment.add"))
    assert event is not None and event.subject_type == "marking" and event.details["new"]["text"] == "Say why."


def test_without_a_position_the_quote_is_looked_up_in_the_part(uow: UnitOfWork, make_user: Callable[..., User]) -> None:
    marking, tess = _marking(make_user)
    # A position that does not hold the quote (a stale page) is not trusted either.
    note = comments.add_inline_comment(
        uow, marking, part_id="1c", quote="family segment", text="Which?", block_index=7, start=0, actor=tess
    )
    assert (note.block_index, note.start) == (7, TEXT_1C.index("family segment"))


@pytest.mark.parametrize(
    ("part_id", "quote", "text", "message"),
    [
        ("1c", "family segment", "   ", "Write the comment"),
        ("1c", "   ", "Good.", "Quote the passage"),
        ("1c", "outdoor gear", "Good.", "not in this part"),  # in the script, but in another part
        ("2a", "plan", "Good.", "not found"),
    ],
)
def test_refused_comments_keep_nothing(
    uow: UnitOfWork, make_user: Callable[..., User], part_id: str, quote: str, text: str, message: str
) -> None:
    marking, tess = _marking(make_user)
    with pytest.raises(InlineCommentRefused, match=message):
        comments.add_inline_comment(uow, marking, part_id=part_id, quote=quote, text=text, actor=tess)
    assert db.session.scalars(select(InlineComment)).all() == []


def test_only_the_marker_changes_comments_and_only_while_the_marking_is_open(
    uow: UnitOfWork, make_user: Callable[..., User]
) -> None:
    marking, tess = _marking(make_user)
    note = comments.add_inline_comment(uow, marking, part_id="1a", quote="outdoor gear", text="Good.", actor=tess)
    otto = make_user("otto", "tutor")
    with pytest.raises(MarkingClosed):
        comments.edit_inline_comment(uow, marking, note.id, "Mine now", actor=otto)
    with pytest.raises(MarkingClosed):
        comments.delete_inline_comment(uow, marking, note.id, actor=otto)
    with pytest.raises(NotFound):
        comments.edit_inline_comment(uow, marking, note.id + 99, "Nope", actor=tess)
    comments.edit_inline_comment(uow, marking, note.id, "Very good.", actor=tess)
    assert note.text == "Very good."
    marking.status = "final"
    db.session.commit()
    for change in (
        lambda: comments.edit_inline_comment(uow, marking, note.id, "Later", actor=tess),
        lambda: comments.delete_inline_comment(uow, marking, note.id, actor=tess),
        lambda: comments.add_inline_comment(uow, marking, part_id="1a", quote="Acme", text="x", actor=tess),
    ):
        with pytest.raises(MarkingClosed):
            change()
    marking.status = "draft"
    db.session.commit()
    comments.delete_inline_comment(uow, marking, note.id, actor=tess)
    assert db.session.scalars(select(InlineComment)).all() == []
    actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("inline_comment.%"))).all()
    assert sorted(actions) == ["inline_comment.add", "inline_comment.delete", "inline_comment.edit"]


def test_a_quote_copied_with_its_spaces_collapsed_is_found() -> None:
    blocks = [(3, "One.\nTwo  words here."), (4, "Other.")]
    assert find_passage(blocks, "One. Two words") == (3, 0, len("One.\nTwo  words"))


def test_refusals_are_marker_errors() -> None:
    assert issubclass(InlineCommentRefused, MarkerError)
    with pytest.raises(InlineCommentRefused):
        find_passage([(1, "abc")], "abd")


def test_comments_go_into_the_feedback_by_part_and_with_the_candidates_data(
    uow: UnitOfWork, make_user: Callable[..., User]
) -> None:
    marking, tess = _marking(make_user)
    comments.add_inline_comment(uow, marking, part_id="1c", quote=TEXT_1C, text="Too general.", actor=tess)
    comments.add_inline_comment(uow, marking, part_id="1a", quote="outdoor gear", text="Good.", actor=tess)
    grouped = comments.comments_by_part(marking)
    rubric = default_library().get("cim-2206")
    sheet = build_feedback(
        rubric,
        {},
        candidate_number="555",
        inline_comments={part: [(n.quote, n.text) for n in notes] for part, notes in grouped.items()},
    )
    by_part = {part.part_id: part.inline_comments for part in sheet.parts}
    assert by_part["1a"] == ("On \u2018outdoor gear\u2019: Good.",)
    assert by_part["1c"] == ("On \u2018Email can be personalised for the \u2026\u2019: Too general.",)
    assert by_part["2a"] == ()
    assert passage_note("a b", " c ") == "On \u2018a b\u2019: c"

    exported = export_candidate("555")["submissions"][0]["markings"][0]["inline_comments"]
    assert [(item["part"], item["comment"]) for item in exported] == [("1c", "Too general."), ("1a", "Good.")]
    with uow.transaction():
        delete_candidate("555", actor=tess)
    assert db.session.scalars(select(InlineComment)).all() == []
    added = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "inline_comment.add")).all()
    assert added and all(event.details.get("erased") for event in added)
    assert all(event.details["new"]["quote"] == ERASED == event.details["new"]["text"] for event in added)


def test_blind_marking_hides_the_first_markers_comments_until_both_markings_are_final(
    uow: UnitOfWork, make_user: Callable[..., User]
) -> None:
    from marker.store.models import AssessmentMember

    first, tess = _marking(make_user)
    submission = first.submission
    assessment = submission.assessment
    assessment.blind_second_marking = True
    sam = make_user("sam", "tutor")
    for person in (tess, sam):
        assessment.members.append(AssessmentMember(user_id=person.id, role="tutor"))
    second = Marking(submission=submission, marker_id=sam.id, role="second", status="draft", rubric_hash=HASH)
    db.session.add(second)
    db.session.commit()
    comments.add_inline_comment(uow, first, part_id="1c", quote="family segment", text="Which?", actor=tess)
    comments.add_inline_comment(uow, second, part_id="1a", quote="outdoor gear", text="Good.", actor=sam)
    first.status = "final"
    db.session.commit()

    assert comments.markings_with_visible_comments(sam, submission, second) == [second]  # own only, while blind

    second.status = "final"
    db.session.commit()
    assert comments.markings_with_visible_comments(sam, submission, second) == [second, first]
