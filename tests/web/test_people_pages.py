"""The pages: an admin edits and deactivates a person and makes a reset link; an owner manages members."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask.testing import FlaskClient

from marker.store.models import User
from tests.helpers import extract_csrf
from tests.web.tutor.conftest import create_assessment, post_form

Login = Callable[[FlaskClient, User], None]


def test_admin_deactivates_a_person_whose_session_then_ends(
    app: object, make_user: Callable[..., User], login: Login
) -> None:
    from flask import Flask

    assert isinstance(app, Flask)
    admin = make_user("ada", "admin")
    tess = make_user("tess", "tutor")
    admin_client, tess_client = app.test_client(), app.test_client()
    login(admin_client, admin)
    login(tess_client, tess)
    assert tess_client.get("/tutor/").status_code == 200
    page = admin_client.get(f"/admin/users/{tess.id}").get_data(as_text=True)
    assert "Deactivate" in page
    response = admin_client.post(
        f"/admin/users/{tess.id}/active", data={"csrf_token": extract_csrf(page), "deactivate": "Deactivate"}
    )
    assert response.status_code == 302
    assert "can no longer sign in" in admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert tess_client.get("/tutor/").status_code == 302  # signed out: sent to sign in


def test_admin_edits_roles_and_makes_a_reset_link_that_sets_a_password(
    app: object, make_user: Callable[..., User], login: Login
) -> None:
    from flask import Flask

    assert isinstance(app, Flask)
    admin = make_user("ada", "admin")
    mo = make_user("mo", "tutor")
    client = app.test_client()
    login(client, admin)
    url = f"/admin/users/{mo.id}"
    saved = post_form(client, url, {"display_name": "Mo Derator", "email": "", "moderator": "y", "save": "Save"})
    assert saved.status_code == 302
    assert "moderator" in client.get("/admin/users").get_data(as_text=True)
    page = post_form(client, url, {"issue": "Make"}, action_url=f"{url}/reset").get_data(as_text=True)
    link = re.search(r'<code class="reset-link">http://localhost(/reset/[^<]+)</code>', page)
    assert link is not None
    stranger = app.test_client()
    form = stranger.get(link.group(1)).get_data(as_text=True)
    done = stranger.post(
        link.group(1),
        data={"csrf_token": extract_csrf(form), "password": "fresh-password-9", "confirm": "fresh-password-9"},
    )
    assert done.status_code == 302 and done.headers["Location"].endswith("/login")
    assert stranger.get(link.group(1)).status_code == 404  # used once
    login(stranger, mo, "fresh-password-9")


def test_owner_adds_and_removes_people_on_the_assessment_page(
    app: object, make_user: Callable[..., User], login: Login
) -> None:
    from flask import Flask

    assert isinstance(app, Flask)
    owner = make_user("olive", "tutor")
    tom = make_user("tom", "tutor")
    make_user("mo", "moderator")
    client = app.test_client()
    login(client, owner)
    assessment_id = create_assessment(client)
    overview = client.get(f"/tutor/assessments/{assessment_id}").get_data(as_text=True)
    assert "1 tutor, 0 moderators" in overview and "People: add tutors and moderators" in overview
    url = f"/tutor/assessments/{assessment_id}/people"
    page = client.get(url).get_data(as_text=True)
    token = extract_csrf(page)
    added = client.post(
        url, data={"add-tutor-csrf_token": token, "add-tutor-username": "tom", "add-tutor-role": "tutor"}
    )
    assert added.status_code == 302
    client.post(
        url, data={"add-moderator-csrf_token": token, "add-moderator-username": "mo", "add-moderator-role": "moderator"}
    )
    assert "2 tutors, 1 moderator" in client.get(f"/tutor/assessments/{assessment_id}").get_data(as_text=True)

    # tom is a tutor of it now, but not its owner: he sees it and may not manage its people.
    tom_client = app.test_client()
    login(tom_client, tom)
    assert tom_client.get(f"/tutor/assessments/{assessment_id}").status_code == 200
    assert tom_client.get(url).status_code == 403

    removed = client.post(
        f"{url}/remove", data={"csrf_token": token, "username": "tom", "role": "tutor"}, follow_redirects=True
    )
    assert "no longer a tutor" in removed.get_data(as_text=True)
    assert tom_client.get(f"/tutor/assessments/{assessment_id}").status_code == 403
