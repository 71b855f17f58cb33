"""The database: people and roles, assessments, submitted scripts, markings and the audit trail.

A marking never reads its rubric from the YAML files: it points at an immutable ``RubricSnapshot`` (identified
by content hash), so editing a rubric later never changes old marks.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from marker.store.base import Base

ROLES = ("admin", "tutor", "moderator")
# A check job's states (submissions and batches alike): waiting, running, done, failed for good.
CHECK_QUEUED, CHECK_RUNNING, CHECK_DONE, CHECK_FAILED = "queued", "checking", "checked", "failed"
# An export job's states: waiting, being built, built (its file stored), failed for good.
EXPORT_QUEUED, EXPORT_RUNNING, EXPORT_DONE, EXPORT_FAILED = "queued", "running", "done", "failed"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_session_token() -> str:
    return secrets.token_urlsafe(24)


def hash_password(password: str) -> str:
    """A password's hash, by the method every account uses."""
    return generate_password_hash(password)


class UserRole(Base):
    __tablename__ = "user_role"
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class User(Base):
    """A person who signs in: an administrator, tutor or moderator (or several)."""

    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Part of every session and remember-me cookie (Flask-Login's id): replacing it signs the person out
    # everywhere, so a cookie copied before sign-out, a password change or deactivation no longer works.
    session_token: Mapped[str] = mapped_column(String(64), default=new_session_token)
    role_rows: Mapped[list[UserRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def roles(self) -> set[str]:
        return {row.role for row in self.role_rows}

    def has_role(self, *names: str) -> bool:
        """Whether the person holds any of these roles."""
        return bool(self.roles.intersection(names))

    def set_roles(self, names: set[str] | list[str] | tuple[str, ...]) -> None:
        unknown = set(names) - set(ROLES)
        if unknown:
            raise ValueError(f"Unknown role(s): {', '.join(sorted(unknown))}")
        self.role_rows = [UserRole(role=name) for name in sorted(set(names))]

    def set_password(self, password: str) -> None:
        self.password_hash = hash_password(password)
        self.end_sessions()

    def end_sessions(self) -> None:
        """Make every session and remember-me cookie issued so far stop working."""
        self.session_token = new_session_token()

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    # Flask-Login's user protocol.
    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        # "<id>:<session token>": the user loader accepts a cookie only while the token is still current.
        return f"{self.id}:{self.session_token}"

    @property
    def name(self) -> str:
        return self.display_name or self.username


class SetupToken(Base):
    """The one-time token that lets the first person create the first administrator."""

    __tablename__ = "setup_token"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Spent (or replaced by a newer token): set once, by a conditional UPDATE, so two redeemers cannot both win.
    used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RubricSnapshot(Base):
    """An exact rubric as it was when first used, keyed by the hash of its content."""

    __tablename__ = "rubric_snapshot"
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    rubric_id: Mapped[str] = mapped_column(String(80), index=True)
    version: Mapped[str] = mapped_column(String(40), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RubricSetting(Base):
    """Per-rubric settings an administrator controls: whether candidates may check against it."""

    __tablename__ = "rubric_setting"
    rubric_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    public: Mapped[bool] = mapped_column(Boolean, default=False)


class Assessment(Base):
    """A rubric used with a cohort: the unit tutors mark and moderators moderate."""

    __tablename__ = "assessment"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    cohort: Mapped[str] = mapped_column(String(120))
    rubric_id: Mapped[str] = mapped_column(String(80))
    rubric_hash: Mapped[str] = mapped_column(ForeignKey("rubric_snapshot.content_hash"))
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    retention_days: Mapped[int] = mapped_column(Integer, default=365)
    blind_second_marking: Mapped[bool] = mapped_column(Boolean, default=True)
    tolerance_marks: Mapped[int] = mapped_column(Integer, default=10)
    part_tolerance_pct: Mapped[int] = mapped_column(Integer, default=30)
    sample_seed: Mapped[int] = mapped_column(Integer, default=2206)
    # Pairs of scripts sharing at least this percentage of either script's compared words are listed (issue 17).
    # The default is marker.similarity's DEFAULT_THRESHOLD_PCT, written out so that loading the models does not
    # import the comparison's numpy core (tests/service/test_similarity.py holds the two equal).
    similarity_threshold_pct: Mapped[float] = mapped_column(Float, default=1.0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    purged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    rubric_snapshot: Mapped[RubricSnapshot] = relationship()
    members: Mapped[list[AssessmentMember]] = relationship(back_populates="assessment", cascade="all, delete-orphan")
    submissions: Mapped[list[Submission]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="Submission.candidate_number"
    )

    def member_roles(self, user: User) -> set[str]:
        return {member.role for member in self.members if member.user_id == user.id}


class AssessmentMember(Base):
    """A person's place in an assessment: tutor (marks) or moderator (moderates)."""

    __tablename__ = "assessment_member"
    __table_args__ = (UniqueConstraint("assessment_id", "user_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))

    assessment: Mapped[Assessment] = relationship(back_populates="members")
    user: Mapped[User] = relationship()


class Submission(Base):
    """A candidate's script: the file (stored under a random name) and its check report."""

    __tablename__ = "submission"
    # One script per candidate per assessment, held by the database even when two uploads race.
    __table_args__ = (UniqueConstraint("assessment_id", "candidate_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    candidate_number: Mapped[str] = mapped_column(String(60))
    candidate_name: Mapped[str] = mapped_column(String(200), default="")
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str | None] = mapped_column(String(80), unique=True, nullable=True)
    checksum: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    format: Mapped[str] = mapped_column(String(10), default="")
    check_report: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    check_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The check runs once, as a job, after the script is stored: queued → checking → checked | failed.
    # ``check_segments`` keeps the parts' text as the marking view shows it, so no page view reads the file.
    check_state: Mapped[str] = mapped_column(String(10), default=CHECK_QUEUED, index=True)
    check_segments: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # The claim of the worker checking it: a token only that worker knows, renewed by its heartbeat; a claim
    # whose heartbeat stops (the worker died) is taken over by another worker after the lease runs out.
    check_token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    check_heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    check_attempts: Mapped[int] = mapped_column(Integer, default=0)
    checked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # For a DOCX laid out by LibreOffice, the PDF it made (a stored file like the script): "the script as
    # submitted" in the marking desk. It belongs to the stored check and goes with it and with the script.
    layout_pdf_name: Mapped[str | None] = mapped_column(String(80), unique=True, nullable=True)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    assessment: Mapped[Assessment] = relationship(back_populates="submissions")
    markings: Mapped[list[Marking]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="Marking.id"
    )


class SimilarityScript(Base):
    """A script in the similarity index: its cohort, rubric and compared words (no text: see ``Fingerprint``).

    ``spans`` are the character spans of the script's stored text (its parts' blocks joined as
    ``marker.service.similarity`` rebuilds them) whose words are compared: positions only, so the words and
    passages can be found again in the text the marking page already keeps, without reading the file.
    """

    __tablename__ = "similarity_script"
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"), primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    rubric_id: Mapped[str] = mapped_column(String(80), index=True)
    words: Mapped[int] = mapped_column(Integer, default=0)
    spans: Mapped[list[list[int]]] = mapped_column(JSON, default=list)
    # The fingerprints' n-gram and window sizes: fingerprints made with other sizes are not comparable.
    ngram: Mapped[int] = mapped_column(Integer)
    window: Mapped[int] = mapped_column(Integer)
    indexed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Fingerprint(Base):
    """One winnowed fingerprint of a script: an n-gram's 63-bit hash and the word position it starts at.

    Deleted with the script (the database cascades), so erasure and retention take the index with them.
    """

    __tablename__ = "similarity_fingerprint"
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("similarity_script.submission_id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[int] = mapped_column(BigInteger)


class SimilarityReportRow(Base):
    """An assessment's last similarity comparison, computed by a job so that no page waits for it.

    ``stamps`` names every indexed script compared (submission id → when it was indexed): a page uses the report
    while they match the index, and asks for a new one when they do not. ``data`` holds script ids, percentages
    and character offsets only, never text.
    """

    __tablename__ = "similarity_report"
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True)
    stamps: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    computed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class UploadBatch(Base):
    """A zip of scripts being unpacked by a job: each file's outcome is recorded as it is added."""

    __tablename__ = "upload_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The zip while it waits to be unpacked (removed once unpacked).
    stored_name: Mapped[str | None] = mapped_column(String(80), unique=True, nullable=True)
    state: Mapped[str] = mapped_column(String(10), default=CHECK_QUEUED)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # One entry per file: filename, candidate number and name, outcome (added | refused), message, submission id.
    rows: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class ExportJob(Base):
    """A file a person asked for (the feedback zip, the EQA pack), built by a job with what that person may see.

    Only the person who asked may download it. ``marks_stamp`` fingerprints the marks it was built from, so a
    page can say when they have changed since; the file is removed ``export_retention_s`` after it was built.
    """

    __tablename__ = "export_job"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(10), default=EXPORT_QUEUED)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The built zip (random name in the upload folder); None until built, and again once removed.
    stored_name: Mapped[str | None] = mapped_column(String(80), unique=True, nullable=True)
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    marks_stamp: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # How far the build has come (items: feedback sheets); total 0 while unknown.
    done_items: Mapped[int] = mapped_column(Integer, default=0)
    total_items: Mapped[int] = mapped_column(Integer, default=0)
    token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    assessment: Mapped[Assessment] = relationship()
    requested_by: Mapped[User] = relationship()


class Marking(Base):
    """One person's marks for one script (or the agreed marks), saved whole or not at all.

    ``version`` is SQLAlchemy's version counter: an update made from a stale copy fails instead of overwriting.
    """

    __tablename__ = "marking"
    __table_args__ = (UniqueConstraint("submission_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"), index=True)
    marker_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    role: Mapped[str] = mapped_column(String(10), default="first")
    status: Mapped[str] = mapped_column(String(10), default="allocated")
    rubric_hash: Mapped[str] = mapped_column(ForeignKey("rubric_snapshot.content_hash"))
    overall_comment: Mapped[str] = mapped_column(Text, default="")
    # Agreed markings only: the moderator's overall rationale for the agreed marks.
    rationale: Mapped[str] = mapped_column(Text, default="")
    total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    grade: Mapped[str | None] = mapped_column(String(40), nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    submission: Mapped[Submission] = relationship(back_populates="markings")
    marker: Mapped[User | None] = relationship()
    part_marks: Mapped[list[PartMark]] = relationship(
        back_populates="marking", cascade="all, delete-orphan", order_by="PartMark.id"
    )
    inline_comments: Mapped[list[InlineComment]] = relationship(
        back_populates="marking", cascade="all, delete-orphan", order_by="InlineComment.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PartMark(Base):
    """The mark (or achieved / not yet achieved) and comment for one part of the rubric."""

    __tablename__ = "part_mark"
    __table_args__ = (UniqueConstraint("marking_id", "part_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    marking_id: Mapped[int] = mapped_column(ForeignKey("marking.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[str] = mapped_column(String(20))
    mark: Mapped[int | None] = mapped_column(Integer, nullable=True)
    achieved: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    # Agreed markings only: why moderation settled on this mark (kept apart from the comment the candidate reads).
    rationale: Mapped[str] = mapped_column(Text, default="")

    marking: Mapped[Marking] = relationship(back_populates="part_marks")


class InlineComment(Base):
    """A marker's comment on a passage of the script, anchored where the marking view shows it.

    The anchor is the part, the block's index in the document and character offsets in that block's text; the
    quoted passage is kept too, so the comment still reads sensibly (and can be found again) after a re-check.
    """

    __tablename__ = "inline_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    marking_id: Mapped[int] = mapped_column(ForeignKey("marking.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[str] = mapped_column(String(20))
    block_index: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    marking: Mapped[Marking] = relationship(back_populates="inline_comments")


class CommentBankEntry(Base):
    """A reusable comment for a part and command verb that a tutor keeps for later scripts."""

    __tablename__ = "comment_bank_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), nullable=True)
    rubric_id: Mapped[str] = mapped_column(String(80))
    part_id: Mapped[str | None] = mapped_column(String(20), nullable=True)
    verb: Mapped[str | None] = mapped_column(String(40), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SampleMember(Base):
    """A script in an assessment's moderation sample, with why it is there."""

    __tablename__ = "sample_member"
    __table_args__ = (UniqueConstraint("assessment_id", "submission_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(10), default="auto")


class AuditEvent(Base):
    """Who did what, when, with the old and new values. Never edited; survives a purge of the data."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(60))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(40), default="")
    assessment_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
