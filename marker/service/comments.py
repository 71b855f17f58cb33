"""Inline comments: a marker's remark on a passage of the script, kept with their marking.

A comment is anchored to the passage as the marking view shows it (part, block index, character offsets in the
block's text) and keeps the quoted words, so it still reads sensibly after a re-check moves the text. Only the
marking's own marker adds, edits or deletes them, and only while the marking is not final; who may *see* them
follows the marking (``access.visible_markings``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from marker.errors import MarkerError
from marker.service.access import visible_markings
from marker.service.checking import segments_of
from marker.service.errors import MarkingClosed, NotFound
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.models import InlineComment, Marking, Submission, User

MAX_COMMENT = 5000
MAX_QUOTE = 2000


class InlineCommentRefused(MarkerError):
    """An inline comment that cannot be kept as asked: no text, or a passage that is not in the script."""


def _require_own_open(marking: Marking, actor: User) -> None:
    if marking.marker_id != actor.id:
        raise MarkingClosed("These comments belong to another marker's marking.")
    if marking.status == "final":
        raise MarkingClosed("This marking has been submitted as final: reopen it to change its comments.")


def _clean_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise InlineCommentRefused("Write the comment on the passage first.")
    return cleaned[:MAX_COMMENT]


def _part_blocks(marking: Marking, part_id: str) -> list[tuple[int, str]]:
    """The part's blocks as the script view shows them: (block index, text)."""
    stored = marking.submission.check_segments
    if not stored:
        raise InlineCommentRefused("The script's text is not available, so a passage cannot be commented on.")
    segment = segments_of(stored).get(part_id)
    if segment is None:
        raise InlineCommentRefused("That part was not found in the script.")
    return [(block.index, block.text) for block in segment.blocks]


def find_passage(
    blocks: Iterable[tuple[int, str]], quote: str, *, block_index: int | None = None, start: int | None = None
) -> tuple[int, int, int]:
    """Where the quoted passage is: (block index, start, end). The offsets given are trusted only when the
    block's text there is the quote; else the first block holding it (how the page works without JavaScript)."""
    blocks = list(blocks)
    if block_index is not None and start is not None:
        for index, text in blocks:
            if index == block_index and start >= 0 and text[start : start + len(quote)] == quote:
                return index, start, start + len(quote)
    for index, text in blocks:
        found = text.find(quote)
        if found >= 0:
            return index, found, found + len(quote)
    # Copied from the page, runs of spaces and line ends come back as one space (and typed quotes may differ so).
    loose = re.compile(r"\s+".join(re.escape(word) for word in quote.split()))
    for index, text in blocks:
        match = loose.search(text)
        if match is not None:
            return index, match.start(), match.end()
    raise InlineCommentRefused("That passage is not in this part of the script: copy it from the script exactly.")


def _state(comment: InlineComment) -> dict[str, Any]:
    return {
        "comment": comment.id,
        "part": comment.part_id,
        "block": comment.block_index,
        "start": comment.start,
        "end": comment.end,
        "quote": comment.quote,
        "text": comment.text,
    }


def add_inline_comment(
    uow: UnitOfWork,
    marking: Marking,
    *,
    part_id: str,
    quote: str,
    text: str,
    actor: User,
    block_index: int | None = None,
    start: int | None = None,
) -> InlineComment:
    """Comment on a passage of one part of the script in the marker's own open marking."""
    _require_own_open(marking, actor)
    body = _clean_text(text)
    # Selections often carry a stray space or line end at their edges; the passage itself is what is kept.
    passage = quote.strip()[:MAX_QUOTE]
    if not passage:
        raise InlineCommentRefused("Quote the passage you are commenting on.")
    if start is not None:
        start += len(quote) - len(quote.lstrip())
    blocks = _part_blocks(marking, part_id)
    index, begin, end = find_passage(blocks, passage, block_index=block_index, start=start)
    passage = dict(blocks)[index][begin:end]  # the script's own words, as the page shows them
    with uow.transaction():
        comment = InlineComment(part_id=part_id, block_index=index, start=begin, end=end, quote=passage, text=body)
        marking.inline_comments.append(comment)
        uow.session.flush()
        record_event(
            actor=actor,
            action="inline_comment.add",
            subject=marking,  # about the marking: erasing the script scrubs it with the marking's entries
            assessment=marking.submission.assessment_id,
            new=_state(comment),
        )
    return comment


def _comment_of(marking: Marking, comment_id: int) -> InlineComment:
    comment = next((c for c in marking.inline_comments if c.id == comment_id), None)
    if comment is None:
        raise NotFound("There is no such comment on your marking.")
    return comment


def edit_inline_comment(uow: UnitOfWork, marking: Marking, comment_id: int, text: str, *, actor: User) -> InlineComment:
    """Change the words of one of the marker's inline comments (the passage stays)."""
    _require_own_open(marking, actor)
    comment = _comment_of(marking, comment_id)
    body = _clean_text(text)
    with uow.transaction():
        old = _state(comment)
        comment.text = body
        record_event(
            actor=actor,
            action="inline_comment.edit",
            subject=marking,
            assessment=marking.submission.assessment_id,
            old=old,
            new=_state(comment),
        )
    return comment


def delete_inline_comment(uow: UnitOfWork, marking: Marking, comment_id: int, *, actor: User) -> None:
    """Remove one of the marker's inline comments."""
    _require_own_open(marking, actor)
    comment = _comment_of(marking, comment_id)
    with uow.transaction():
        record_event(
            actor=actor,
            action="inline_comment.delete",
            subject=marking,
            assessment=marking.submission.assessment_id,
            old=_state(comment),
        )
        marking.inline_comments.remove(comment)


def comments_by_part(marking: Marking) -> dict[str, list[InlineComment]]:
    """A marking's inline comments by part, in the order of the script (block, then position)."""
    grouped: dict[str, list[InlineComment]] = {}
    for comment in sorted(marking.inline_comments, key=lambda c: (c.block_index, c.start, c.id)):
        grouped.setdefault(comment.part_id, []).append(comment)
    return grouped


def markings_with_visible_comments(user: User, submission: Submission, own: Marking | None) -> list[Marking]:
    """The markings whose inline comments the viewer may see: their own (open or not), and the others' final
    markings that the access policy shows them."""
    shown = [own] if own is not None else []
    shown += [
        marking
        for marking in visible_markings(user, submission)
        if (own is None or marking.id != own.id) and marking.status == "final"
    ]
    return shown
