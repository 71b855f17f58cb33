"""The `marker` command: check documents, manage rubrics, users and retention.

Each command calls the same application-layer and core functions the web views call, under the one ``Settings``
built at start; errors meant for a person become one line on standard error and exit code 2. Heavy modules
(Flask, spaCy, the document readers) are imported inside the commands that need them, so ``marker --help``
and ``marker rubrics list`` start at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from marker.config import Settings
    from marker.service.uow import UnitOfWork

Command = TypeVar("Command", bound=Callable[..., Any])


@click.group()
@click.pass_context
def main(ctx: click.Context) -> None:
    """marker: assignment marking assistant and rubric engine."""
    from marker.config import load_settings

    ctx.obj = load_settings()


def settings() -> Settings:
    """The settings the command line started with (read afresh when a command is invoked on its own)."""
    from marker.config import Settings, load_settings

    started = click.get_current_context().find_root().obj
    return started if isinstance(started, Settings) else load_settings()


def app_uow() -> UnitOfWork:
    """The unit of work of a command run inside the app context (``with_appcontext``)."""
    from marker.extensions import db
    from marker.service.uow import UnitOfWork

    return UnitOfWork(db.session, settings())


def with_appcontext(command: Command) -> Command:
    """Run the command inside the web application's context (for the database), built from the same settings."""

    @wraps(command)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        from flask import has_app_context

        from marker import create_app

        if has_app_context():  # already inside one (a test, or a command calling another)
            return command(*args, **kwargs)
        with create_app(settings=settings()).app_context():
            return command(*args, **kwargs)

    return wrapped  # type: ignore[return-value]


def fail(message: str) -> None:
    """Print one line for a person on standard error and exit with code 2."""
    click.echo(f"marker: {message}", err=True)
    sys.exit(2)


@main.command("upgrade-db")
@with_appcontext
def upgrade_db() -> None:
    """Create the database or bring it up to date (Alembic migrations)."""
    from flask_migrate import upgrade

    upgrade()
    click.echo("Database is up to date.")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def serve(host: str, port: int) -> None:
    """Migrate the database, print the first-administrator link if nobody exists yet, and serve the app."""
    from flask import current_app
    from flask_migrate import upgrade

    from marker.service.people import issue_setup_token

    upgrade()
    _sweep(current_app.config["MARKER_SETTINGS"].orphan_upload_grace_s)
    token = issue_setup_token(app_uow())
    if token is not None:
        click.echo("No one can sign in yet. Open this one-time link to create the first administrator:")
        click.echo(f"  http://{host}:{port}/setup/{token}")
    from werkzeug.serving import run_simple

    from marker.jobs import jobs_of
    from marker.jobs.worker import start_embedded

    # One machine needs nothing else running: scripts are checked by a worker in this process. With Redis
    # configured, `marker worker` processes (elsewhere too) share the work.
    if start_embedded(jobs_of(current_app)) is not None:
        click.echo("Checking scripts in the background (a worker runs inside this server).")
    # Flask's app.run() refuses to start inside its own CLI; the development server underneath does not.
    # For production, run gunicorn "marker:create_app()" behind a TLS proxy instead (README).
    click.echo(f"Serving on http://{host}:{port}/ (Ctrl+C to stop)")
    run_simple(
        host,
        port,
        current_app._get_current_object(),  # type: ignore[attr-defined]
        threaded=True,
        request_handler=quiet_request_handler(),
    )


@main.command("worker")
@click.option("--threads", type=int, default=None, help="Jobs run at once (default: MARKER_WORKER_THREADS, 2).")
@with_appcontext
def worker(threads: int | None) -> None:
    """Run queued jobs (checks of uploaded scripts, zips of scripts) until stopped with Ctrl+C or SIGTERM."""
    from flask import current_app

    from marker.jobs import jobs_of
    from marker.jobs.worker import run_worker

    jobs = jobs_of(current_app)
    if jobs.immediate:
        fail("MARKER_QUEUE_URL=immediate runs jobs where they are queued: there is no queue to work on")
    # Where from, without any password the URL may carry.
    where = jobs.settings.queue_url.rpartition("@")[2] or "the instance folder"
    click.echo(f"marker worker: consuming jobs from {where}")
    run_worker(jobs, threads)


@main.command("recheck")
@with_appcontext
def recheck() -> None:
    """Queue a check of every script checked before marker kept results or similarity fingerprints (after
    upgrading), for the workers."""
    from flask import current_app

    from marker.extensions import db
    from marker.jobs import jobs_of
    from marker.service.check_jobs import recheck_without_text
    from marker.service.uow import UnitOfWork

    # Through the queue, so the workers check them (in place, here, when the queue is "immediate").
    queued = recheck_without_text(UnitOfWork(db.session, settings(), jobs=jobs_of(current_app)))
    click.echo(f"{queued} script(s) queued to be checked again.")


def quiet_request_handler() -> type:
    """The development server's request handler, without naming Werkzeug and Python versions in ``Server``."""
    from werkzeug.serving import WSGIRequestHandler

    class QuietRequestHandler(WSGIRequestHandler):
        def version_string(self) -> str:
            return "marker"

    return QuietRequestHandler


def _sweep(grace_s: float) -> None:
    from marker.service.export_jobs import sweep_expired_exports
    from marker.store.files import sweep_orphan_uploads

    expired = sweep_expired_exports(app_uow())
    if expired:
        click.echo(f"Removed {expired} built export(s) past their retention (feedback zips, EQA packs).")
    result = sweep_orphan_uploads(grace_s)
    if result.removed or result.completed:
        click.echo(
            f"Upload folder: removed {result.removed} file(s) no submission records; "
            f"completed {result.completed} interrupted save(s)."
        )


@main.command("sweep-uploads")
@click.option(
    "--grace-s",
    type=float,
    default=None,
    help="Leave files younger than this many seconds (default: MARKER_ORPHAN_UPLOAD_GRACE_S).",
)
@with_appcontext
def sweep_uploads(grace_s: float | None) -> None:
    """Remove uploaded files that no submission records (left by a crashed upload) and built exports past their
    retention (MARKER_EXPORT_RETENTION_S); serve does this too."""
    from flask import current_app

    _sweep(current_app.config["MARKER_SETTINGS"].orphan_upload_grace_s if grace_s is None else grace_s)
    click.echo("Upload folder swept.")


@main.group("users")
def users() -> None:
    """Manage the people who sign in."""


@users.command("create")
@click.option("--username", required=True)
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice(["admin", "tutor", "moderator"]))
@click.option("--name", "display_name", default="")
@click.option("--email", default="")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@with_appcontext
def users_create(username: str, roles: tuple[str, ...], display_name: str, email: str, password: str) -> None:
    """Create a person with one or more roles (the password is asked for unless given)."""
    from marker.service.people import create_person
    from marker.store.accounts import AccountError

    try:
        create_person(app_uow(), username, password, roles, actor=None, display_name=display_name, email=email)
    except AccountError as error:
        fail(error.message)
    click.echo(f"Created {username} ({', '.join(sorted(roles))}).")


@users.command("edit")
@click.argument("username")
@click.option("--name", "display_name", default=None)
@click.option("--email", default=None)
@click.option("--role", "roles", multiple=True, type=click.Choice(["admin", "tutor", "moderator"]))
@with_appcontext
def users_edit(username: str, display_name: str | None, email: str | None, roles: tuple[str, ...]) -> None:
    """Change a person's name, email or roles (given roles replace theirs)."""
    from marker.errors import MarkerError
    from marker.service.people import person_named, update_person

    uow = app_uow()
    try:
        found = person_named(uow, username)
        update_person(
            uow,
            found,
            display_name=found.display_name if display_name is None else display_name,
            email=found.email if email is None else email,
            roles=list(roles) or sorted(found.roles),
            actor=None,
        )
    except MarkerError as error:
        fail(error.message)
    click.echo(f"{found.username}: {found.name}, {', '.join(sorted(found.roles))}.")


@users.command("deactivate")
@click.argument("username")
@with_appcontext
def users_deactivate(username: str) -> None:
    """Stop a person signing in (their sessions end; their markings stay)."""
    _set_active(username, False)


@users.command("reactivate")
@click.argument("username")
@with_appcontext
def users_reactivate(username: str) -> None:
    """Let a deactivated person sign in again."""
    _set_active(username, True)


def _set_active(username: str, active: bool) -> None:
    from marker.errors import MarkerError
    from marker.service.people import person_named, set_active

    uow = app_uow()
    try:
        set_active(uow, person_named(uow, username), active, actor=None)
    except MarkerError as error:
        fail(error.message)
    click.echo(f"{username} {'can sign in' if active else 'can no longer sign in'}.")


@users.command("reset-link")
@click.argument("username")
@click.option("--base-url", default="http://127.0.0.1:5000", show_default=True, help="Where marker is served.")
@with_appcontext
def users_reset_link(username: str, base_url: str) -> None:
    """Print a one-time link for the person to choose a new password (valid 24 hours; ends their sessions)."""
    from marker.errors import MarkerError
    from marker.service.people import issue_password_reset, person_named

    uow = app_uow()
    try:
        token = issue_password_reset(uow, person_named(uow, username), actor=None)
    except MarkerError as error:
        fail(error.message)
    click.echo(f"{base_url.rstrip('/')}/reset/{token}")


@main.group("assessments")
def assessments() -> None:
    """Assessments and the people who work on them."""


@assessments.command("list")
@with_appcontext
def assessments_list() -> None:
    """One line per live assessment: id, title, cohort, then its tutors and moderators."""
    from marker.service.members import all_assessments, members_of

    for assessment in all_assessments(app_uow()):
        people = members_of(assessment)
        named = {
            role: ", ".join(row.user.username for row in people if row.role == role) or "-"
            for role in ("tutor", "moderator")
        }
        click.echo(
            f"{assessment.id}\t{assessment.title}\t{assessment.cohort}\t"
            f"tutors: {named['tutor']}\tmoderators: {named['moderator']}"
        )


@assessments.command("add-member")
@click.argument("assessment_id", type=int)
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(["tutor", "moderator"]))
@with_appcontext
def assessments_add_member(assessment_id: int, username: str, role: str) -> None:
    """Make a person a tutor or moderator of an assessment."""
    _change_member(assessment_id, username, role, add=True)


@assessments.command("remove-member")
@click.argument("assessment_id", type=int)
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(["tutor", "moderator"]))
@with_appcontext
def assessments_remove_member(assessment_id: int, username: str, role: str) -> None:
    """Take a person out of an assessment's tutors or moderators (their markings stay)."""
    _change_member(assessment_id, username, role, add=False)


def _change_member(assessment_id: int, username: str, role: str, *, add: bool) -> None:
    from marker.errors import MarkerError
    from marker.service.members import add_member, assessment_by_id, remove_member

    uow = app_uow()
    try:
        assessment = assessment_by_id(uow, assessment_id)
        change = add_member if add else remove_member
        change(uow, assessment, username, role, actor=None)
    except MarkerError as error:
        fail(error.message)
    click.echo(f"{username} {'is now' if add else 'is no longer'} a {role} of assessment {assessment_id}.")


@main.command("purge")
@click.option("--dry-run", is_flag=True, help="List what would be deleted and delete nothing.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Pretend today is this date.")
@with_appcontext
def purge(dry_run: bool, today: object) -> None:
    """Delete scripts, markings and candidate details past their assessment's retention period.

    Run it daily, e.g. from cron: ``15 2 * * * cd /srv/marker && .venv/bin/marker purge``.
    """
    from datetime import date, datetime

    from marker.service.export_jobs import sweep_expired_exports
    from marker.service.people import purge_expired

    day = today.date() if isinstance(today, datetime) else date.today()
    result = purge_expired(app_uow(), day, dry_run=dry_run)
    if not dry_run and (expired := sweep_expired_exports(app_uow())):
        click.echo(f"Removed {expired} built export(s) past their retention.")
    verb = "Would delete" if dry_run else "Deleted"
    click.echo(f"{verb} {result.submissions} script(s) from {len(result.assessments)} assessment(s) past retention.")


@main.group("candidates")
def candidates() -> None:
    """Data-subject requests: export or erase one candidate's data."""


@candidates.command("export")
@click.argument("candidate_number")
@with_appcontext
def candidates_export(candidate_number: str) -> None:
    """Print everything held about a candidate as JSON."""
    import json

    from marker.service.people import export_candidate

    click.echo(json.dumps(export_candidate(app_uow(), candidate_number, actor=None), indent=2, default=str))


@candidates.command("erase")
@click.argument("candidate_number")
@click.confirmation_option(prompt="Erase every script and marking of this candidate?")
@with_appcontext
def candidates_erase(candidate_number: str) -> None:
    """Delete every script and marking of a candidate."""
    from marker.service.people import erase_candidate

    count = erase_candidate(app_uow(), candidate_number, actor=None)
    click.echo(f"Erased {count} script(s) of candidate {candidate_number}.")


@main.group("rubrics")
def rubrics() -> None:
    """List, show and validate rubrics (rubrics/ and command_verbs/)."""


@rubrics.command("list")
def rubrics_list() -> None:
    """One line per rubric; files that fail validation are named on standard error."""
    from marker.rubric.summary import one_line
    from marker.service.checking import rubric_library

    library = rubric_library(settings())
    for rubric_id in sorted(library.rubrics):
        click.echo(one_line(library.rubrics[rubric_id]))
    for name, problems in library.problems.items():
        click.echo(f"marker: {name} is not loaded: {len(problems)} problem(s); run marker rubrics validate", err=True)


@rubrics.command("show")
@click.argument("rubric_id")
def rubrics_show(rubric_id: str) -> None:
    """A readable summary of one rubric: grades, limits, tasks, parts, verbs and bands."""
    from marker.rubric import RubricError
    from marker.rubric.summary import describe
    from marker.service.checking import rubric_library

    library = rubric_library(settings())
    try:
        rubric = library.get(rubric_id)
    except RubricError as error:
        fail(error.message)
    click.echo("\n".join(describe(rubric, library.verb_sets.get(rubric.verb_set))))


@rubrics.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def rubrics_validate(paths: tuple[Path, ...]) -> None:
    """Check rubric and command-verb files (or folders of them); one line per problem, exit 2 on any."""
    from marker.rubric.summary import validate_paths
    from marker.service.checking import rubric_library

    results = validate_paths(list(paths), rubric_library(settings()).verb_sets)
    problems = [problem for found in results.values() for problem in found]
    for problem in problems:
        click.echo(str(problem), err=True)
    for name, found in results.items():
        if not found:
            click.echo(f"{name}: ok")
    if problems:
        sys.exit(2)


@main.command("check")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--rubric", "rubric_id", default="cim-2206", show_default=True, help="The rubric to check against.")
@click.option("--format", "output", type=click.Choice(["json", "text"]), default="json", show_default=True)
def check(file: Path, rubric_id: str, output: str) -> None:
    """Check a report (DOCX or PDF) against a rubric: parts, word and page limits, references."""
    import dataclasses
    import json

    from marker.checks import render_text
    from marker.errors import MarkerError
    from marker.service.checking import check_upload, rubric_library

    # The same settings the web reads (MARKER_LIBREOFFICE, MARKER_MAX_PAGES, the size, time and memory limits,
    # LibreOffice's layout time), through the same check function.
    check_settings = settings()
    if check_settings.libreoffice_mode == "auto":
        # One file: starting a warm LibreOffice server costs more than one per-document conversion.
        check_settings = dataclasses.replace(check_settings, libreoffice_mode="cold")
    try:
        rubric = rubric_library(check_settings).get(rubric_id)
        data = file.read_bytes()
        report = check_upload(check_settings, data, file.name, rubric)
    except MarkerError as error:
        fail(f"{file.name}: {error.message}" if file.name not in error.message else error.message)
    except OSError as error:
        fail(f"{file}: cannot be read ({error.strerror or error})")
    if output == "text":
        click.echo(render_text(report), nl=False)
    else:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))


@main.command("similarity")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("--rubric", "rubric_id", default="cim-2206", show_default=True, help="The rubric the scripts answer.")
@click.option(
    "--earlier",
    "earlier",
    multiple=True,
    type=click.Path(path_type=Path, exists=True),
    help="Scripts of an earlier cohort (file or folder; repeatable): compared with, not reported on.",
)
@click.option(
    "--threshold",
    "threshold",
    type=click.FloatRange(0, 100),
    default=None,
    help="List pairs sharing at least this % of either script's words [default: 1.0].",
)
@click.option("--format", "output", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
def similarity(paths: tuple[Path, ...], rubric_id: str, earlier: tuple[Path, ...], threshold: float | None,
               output: str) -> None:  # fmt: skip
    """Compare scripts (DOCX or PDF files, or folders of them) with each other for shared passages."""
    import json

    from marker.documents import ReadLimits, read_document_isolated
    from marker.errors import MarkerError
    from marker.rubric import RubricError, default_library
    from marker.similarity import SimilaritySettings, brief_hashes, compare_scripts, prepare_script
    from marker.similarity.render import render_csv, render_text

    try:
        rubric = default_library().get(rubric_id)
    except RubricError as error:
        fail(error.message)
    settings = SimilaritySettings() if threshold is None else SimilaritySettings(threshold_pct=threshold)
    brief = brief_hashes(rubric, settings.ngram)

    def files(roots: tuple[Path, ...]) -> list[Path]:
        found: list[Path] = []
        for root in roots:
            found += (
                sorted(p for p in root.rglob("*") if p.suffix.lower() in (".docx", ".pdf")) if root.is_dir() else [root]
            )
        return found

    scripts = {}
    for cohort, roots in (("current", paths), ("earlier", earlier)):
        for file in files(roots):
            script_id = file.name if file.name not in scripts else str(file)
            try:
                document = read_document_isolated(file.read_bytes(), file.name, limits=ReadLimits(), layout="never")
            except MarkerError as error:
                click.echo(f"marker: {file}: {error.message} (skipped)", err=True)
                continue
            except OSError as error:
                click.echo(f"marker: {file}: cannot be read ({error.strerror or error}) (skipped)", err=True)
                continue
            scripts[script_id] = prepare_script(
                document, rubric, script_id=script_id, cohort=cohort, brief=brief, settings=settings
            )
    if len(scripts) < 2:
        fail("similarity needs at least two readable scripts.")
    report = compare_scripts(list(scripts.values()), settings=settings, cohort="current")
    if output == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif output == "csv":
        click.echo(render_csv(report), nl=False)
    else:
        click.echo(render_text(report, scripts), nl=False)


if __name__ == "__main__":  # python -m marker.cli ...
    main()
