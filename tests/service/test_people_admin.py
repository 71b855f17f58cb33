"""Administrators edit people, deactivate and reactivate them, and reset passwords with a one-time link."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from marker.extensions import db
from marker.service import people
from marker.service.errors import Refused
from marker.service.uow import UnitOfWork
from marker.store.accounts import AccountError, authenticate
from marker.store.models import AuditEvent, User
from tests.conftest import PASSWORD


def _actions() -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_admin_edits_name_email_and_roles_with_old_and_new_audited(
    uow: UnitOfWork, make_user: Callable[..., User]
) -> None:
    admin = make_user("ada", "admin")
    tess = make_user("tess", "tutor")
    people.update_person(
        uow, tess, display_name="Tess Tutor", email="t@example.org", roles=["tutor", "moderator"], actor=admin
    )
    db.session.expire_all()
    assert (tess.display_name, tess.email, tess.roles) == ("Tess Tutor", "t@example.org", {"tutor", "moderator"})
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "user.update"))
    assert event is not None
    assert event.details["old"]["roles"] == ["tutor"] and event.details["new"]["roles"] == ["moderator", "tutor"]


def test_last_active_administrator_stays_one(uow: UnitOfWork, make_user: Callable[..., User]) -> None:
    admin = make_user("ada", "admin")
    with pytest.raises(Refused, match="last active administrator"):
        people.update_person(uow, admin, display_name="", email="", roles=["tutor"], actor=admin)
    with pytest.raises(Refused, match="yourself"):
        people.set_active(uow, admin, False, actor=admin)
    with pytest.raises(Refused, match="last active administrator"):
        people.set_active(uow, admin, False, actor=None)


def test_deactivated_person_cannot_sign_in_until_reactivated(uow: UnitOfWork, make_user: Callable[..., User]) -> None:
    admin = make_user("ada", "admin")
    tess = make_user("tess", "tutor")
    token_before = tess.session_token
    people.set_active(uow, tess, False, actor=admin)
    assert authenticate("tess", PASSWORD) is None
    assert tess.session_token != token_before  # their open sessions ended
    people.set_active(uow, tess, True, actor=admin)
    assert authenticate("tess", PASSWORD) is not None
    assert _actions()[-2:] == ["user.deactivate", "user.reactivate"]


def test_reset_link_works_once_and_a_newer_one_spends_it(uow: UnitOfWork, make_user: Callable[..., User]) -> None:
    admin = make_user("ada", "admin")
    tess = make_user("tess", "tutor")
    first = people.issue_password_reset(uow, tess, actor=admin)
    second = people.issue_password_reset(uow, tess, actor=admin)
    assert people.password_reset_person(uow, first) is None
    assert people.password_reset_person(uow, second) == tess
    with pytest.raises(AccountError, match="at least"):
        people.reset_password(uow, second, "short")
    people.reset_password(uow, second, "a-new-password-1")
    assert authenticate("tess", "a-new-password-1") is not None
    assert authenticate("tess", PASSWORD) is None
    with pytest.raises(AccountError, match="no longer valid"):
        people.reset_password(uow, second, "another-password-2")
    assert people.password_reset_person(uow, "garbage") is None
    assert _actions()[-1] == "user.password_reset"


def test_reset_link_dies_with_deactivation(uow: UnitOfWork, make_user: Callable[..., User]) -> None:
    admin = make_user("ada", "admin")
    tess = make_user("tess", "tutor")
    token = people.issue_password_reset(uow, tess, actor=admin)
    people.set_active(uow, tess, False, actor=admin)
    assert people.password_reset_person(uow, token) is None
    with pytest.raises(Refused):
        people.issue_password_reset(uow, tess, actor=admin)


def test_command_line_edits_deactivates_and_makes_a_reset_link(app: object, make_user: Callable[..., User]) -> None:
    from flask import Flask

    from marker.cli import main

    assert isinstance(app, Flask)
    runner = app.test_cli_runner()
    tess = make_user("tess", "tutor")
    edited = runner.invoke(
        main, ["users", "edit", "tess", "--name", "Tess T", "--role", "tutor", "--role", "moderator"]
    )
    assert edited.exit_code == 0 and "tess: Tess T, moderator, tutor." in edited.output
    assert runner.invoke(main, ["users", "deactivate", "tess"]).exit_code == 0
    assert authenticate("tess", PASSWORD) is None
    refused = runner.invoke(main, ["users", "reset-link", "tess"])
    assert refused.exit_code == 2 and "deactivated" in refused.output
    assert runner.invoke(main, ["users", "reactivate", "tess"]).exit_code == 0
    link = runner.invoke(main, ["users", "reset-link", "tess", "--base-url", "https://marker.example.org/"])
    assert link.exit_code == 0 and link.output.startswith("https://marker.example.org/reset/")
    token = link.output.strip().rsplit("/", 1)[1]
    from tests.helpers import app_uow

    assert people.password_reset_person(app_uow(), token) == tess
    assert runner.invoke(main, ["users", "edit", "nobody"]).exit_code == 2
