"""API tokens in the browser: everyone signed in lists, issues and revokes their own (``/account/tokens``); a
process admin lists every user's working tokens and revokes any (``/users/``). Another user's token is a 404.
"""
from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

PAGE = "/account/tokens"


def signed_in(app: Flask, username: str) -> FlaskClient:
    client = app.test_client()
    assert client.post("/login", data={"username": username, "password": "demo"}).status_code == 302
    return client


def issue(client: FlaskClient, **form: Any) -> Any:
    return client.post(PAGE, data={"name": "billing sync", "password": "demo", **form})


def shown_secret(response: Any) -> str:
    found = re.search(r'id="new-token"[^>]*value="([^"]+)"', response.get_data(as_text=True))
    assert found, response.get_data(as_text=True)
    return found.group(1)


def works(client: FlaskClient, secret: str, path: str = "/api/v1/tasks") -> bool:
    return client.get(path, headers={"Authorization": f"Bearer {secret}"}).status_code == 200


def token_ids(app: Flask, username: str) -> list[int]:
    from app.auth import service
    with app.app_context():
        return [row.id for row in service.list_tokens(username)]


def test_a_customer_issues_a_token_shown_once_limited_to_her_roles(app: Flask) -> None:
    client = signed_in(app, "alice")
    page = client.get(PAGE)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'href="/account/tokens"' in html  # the link in the bar
    assert re.findall(r'name="roles"[^>]*value="(\w+)"', html) == ["customer"]  # only roles she holds
    assert "You have no API tokens yet." in html

    issued = issue(client, expires_days="30", roles="customer")
    assert issued.status_code == 200
    assert issued.headers["Cache-Control"] == "no-store"
    secret = shown_secret(issued)
    assert "you will not see it again" in issued.get_data(as_text=True)
    assert works(client, secret, "/tmf-api/productInventory/v4/product")
    again = client.get(PAGE).get_data(as_text=True)
    assert secret not in again and "billing sync" in again and "customer" in again


def test_bad_input_is_422_with_the_error_by_its_field(app: Flask) -> None:
    client = signed_in(app, "agent")
    for form, field, message in [({"name": ""}, "name", "This field is required."),
                                 ({"expires_days": "0"}, "expires_days", "from 1 to 365"),
                                 ({"expires_days": "999"}, "expires_days", "from 1 to 365"),
                                 ({"expires_days": "soon"}, "expires_days", "Not a valid integer value."),
                                 ({"roles": "process_admin"}, "roles", "not a valid choice"),
                                 ({"password": ""}, "password", "This field is required."),
                                 ({"password": "wrong"}, "password", "wrong password")]:
        response = issue(client, **form)
        assert response.status_code == 422, form
        html = response.get_data(as_text=True)
        assert re.search(rf'id="{field}-error">[^<]*{re.escape(message)}', html), (form, html)
        assert 'id="new-token"' not in html
    assert token_ids(app, "agent") == []


def test_a_signed_in_browser_alone_cannot_issue_a_token(app: Flask) -> None:
    """A token outlives the session that issued it (a logout does not end it), so a browser left signed in, or a
    stolen session cookie, must not be enough: the password is asked again, and wrong ones count as failed logins."""
    client = signed_in(app, "agent")
    for _ in range(5):
        assert issue(client, password="guess").status_code == 422
    throttled = issue(client)  # the right password now, too late
    assert throttled.status_code == 429
    assert re.search(r'id="password-error">too many failed logins', throttled.get_data(as_text=True))
    assert token_ids(app, "agent") == []


def test_revoking_asks_first_then_ends_the_token(app: Flask) -> None:
    client = signed_in(app, "agent")
    secret = shown_secret(issue(client))
    [token_id] = token_ids(app, "agent")
    confirm = client.get(f"{PAGE}/{token_id}/revoke")
    assert confirm.status_code == 200 and "Revoke the token “billing sync”?" in confirm.get_data(as_text=True)
    assert works(client, secret)  # asking changed nothing
    done = client.post(f"{PAGE}/{token_id}/revoke", follow_redirects=True)
    assert "is revoked" in done.get_data(as_text=True)
    assert not works(client, secret)
    assert f'href="/account/tokens/{token_id}/revoke"' not in done.get_data(as_text=True)


def test_another_user_s_token_is_404_to_see_and_to_revoke(app: Flask) -> None:
    secret = shown_secret(issue(signed_in(app, "alice"), name="Acme ERP"))
    [token_id] = token_ids(app, "alice")
    for username in ("bob", "agent", "admin"):
        client = signed_in(app, username)
        assert client.get(f"{PAGE}/{token_id}/revoke").status_code == 404
        assert client.post(f"{PAGE}/{token_id}/revoke").status_code == 404
        assert "Acme ERP" not in client.get(PAGE).get_data(as_text=True)
    assert works(app.test_client(), secret, "/tmf-api/productInventory/v4/product")


def test_a_process_admin_sees_every_user_s_working_tokens_and_revokes_one(app: Flask) -> None:
    alice_secret = shown_secret(issue(signed_in(app, "alice"), name="Acme ERP"))
    agent = signed_in(app, "agent")
    shown_secret(issue(agent, name="gone"))
    [gone] = token_ids(app, "agent")
    agent.post(f"{PAGE}/{gone}/revoke")
    [alice_token] = token_ids(app, "alice")

    admin = signed_in(app, "admin")
    page = admin.get("/users/").get_data(as_text=True)
    assert 'href="/users/"' in page  # in the admin's bar
    assert "Acme ERP" in page and "gone" not in page  # revoked tokens are not listed
    assert 'data-user="bob"' in page  # users without tokens are listed too
    assert admin.get(f"/users/tokens/{alice_token}/revoke").status_code == 200
    assert works(app.test_client(), alice_secret, "/tmf-api/productInventory/v4/product")
    done = admin.post(f"/users/tokens/{alice_token}/revoke", follow_redirects=True)
    assert "alice’s token “Acme ERP” is revoked" in done.get_data(as_text=True)
    assert not works(app.test_client(), alice_secret, "/tmf-api/productInventory/v4/product")
    assert admin.get("/users/tokens/999999/revoke").status_code == 404


def test_only_process_admins_administer_others_tokens(app: Flask) -> None:
    [token_id] = (shown_secret(issue(signed_in(app, "alice"))), token_ids(app, "alice"))[1]
    for username in ("agent", "omanager", "alice"):
        client = signed_in(app, username)
        assert client.get("/users/").status_code == 403
        assert client.post(f"/users/tokens/{token_id}/revoke").status_code == 403
        assert 'href="/users/"' not in client.get(PAGE).get_data(as_text=True)
    assert app.test_client().get(PAGE).status_code == 302  # anonymous: to the login page
