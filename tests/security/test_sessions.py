"""Sessions and accounts (ASVS L2): logout and password changes end sessions on the server, sessions
expire, logins are throttled without telling which accounts exist, tokens expire and are revoked."""
from __future__ import annotations

import base64
import statistics
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy import update

from app.auth.models import UserSession
from app.database import unit_of_work
from app.extensions import db
from tests.helpers import TEST_CONFIG
from tests.helpers import Api

INBOX = "/"


def login(client: FlaskClient, username: str = "agent", password: str = "demo") -> Any:
    return client.post("/login", data={"username": username, "password": password})


def is_logged_in(client: FlaskClient) -> bool:
    response = client.get(INBOX)
    return response.status_code == 200 and "/login" not in response.headers.get("Location", "")


def test_logout_ends_the_session_on_the_server(client: FlaskClient) -> None:
    assert login(client).status_code == 302 and is_logged_in(client)
    stolen = client.get_cookie("session")
    assert stolen is not None
    client.post("/logout")
    client.set_cookie("session", stolen.value)  # replay the cookie from before the logout
    response = client.get(INBOX)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example/",
                                    "/%5Cevil.example/", "/\t/evil.example/", "\\\\evil.example", "javascript:alert(1)",
                                    "/%2F%2Fevil.example", "http:/evil.example", " //evil.example"])
def test_login_goes_nowhere_off_the_site(client: FlaskClient, target: str) -> None:
    """``next`` after login is a path of this site or nothing: no spelling a browser reads as another host."""
    response = client.post("/login", query_string={"next": target}, data={"username": "agent", "password": "demo"})
    location = response.headers.get("Location", "")
    if response.status_code == 422:  # a control character in the query is refused before anything happens
        return
    assert response.status_code == 302 and location.startswith("/") and not location.startswith(("//", "/\\"))
    assert "evil.example" not in location or location.startswith(("/%5C", "/%2F")), location


def test_logging_in_again_ends_the_session_before(client: FlaskClient) -> None:
    """A login on a browser that was logged in (as someone else, say) ends that session on the server: its cookie,
    copied before, no longer works."""
    login(client)
    before = client.get_cookie("session")
    assert before is not None
    login(client, "fulfiller")
    client.set_cookie("session", before.value)
    response = client.get(INBOX)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_a_password_change_ends_every_session(app: Flask, client: FlaskClient) -> None:
    login(client)
    assert is_logged_in(client)
    with app.app_context(), unit_of_work():
        from app.auth.service import change_password
        change_password("agent", "a-new-passphrase")
    assert not is_logged_in(client)
    assert login(client, password="demo").status_code == 200  # the old password no longer works
    assert login(client, password="a-new-passphrase").status_code == 302


def test_a_password_change_revokes_the_users_tokens(app: Flask, client: FlaskClient) -> None:
    """A password is changed because it may have leaked: a token issued with it must not outlive it (the threat
    model: a stolen token must not outlive a password change)."""
    runner = app.test_cli_runner()
    token = runner.invoke(args=["users", "token", "agent"]).output.strip()
    bearer = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/tasks", headers=bearer).status_code == 200
    changed = runner.invoke(args=["users", "password", "agent", "--password", "a-new-passphrase"])
    assert changed.exit_code == 0, changed.output
    assert client.get("/api/v1/tasks", headers=bearer).status_code == 401
    assert "revoked" in runner.invoke(args=["users", "tokens", "agent"]).output


@pytest.mark.parametrize("column, age", [("last_seen_at", timedelta(minutes=31)),
                                         ("created_at", timedelta(hours=13))], ids=["idle", "absolute"])
def test_sessions_expire(app: Flask, client: FlaskClient, column: str, age: timedelta) -> None:
    login(client)
    assert is_logged_in(client)
    with app.app_context(), unit_of_work():
        from app.database import utcnow
        db.session.execute(update(UserSession).values({column: utcnow() - age}))
    assert not is_logged_in(client)


def test_login_is_throttled_per_account(app: Flask, client: FlaskClient) -> None:
    for _ in range(5):
        assert login(client, password="wrong").status_code == 200
    refused = login(client)  # the right password, too late
    assert refused.status_code == 429 and b"too many failed logins" in refused.data
    api = Api(app.test_client())
    assert api.get("/api/v1/tasks", user="agent").status_code == 429
    assert api.get("/api/v1/tasks", user="fulfiller").status_code == 200  # other accounts are not locked out
    with app.app_context(), unit_of_work():
        from app.auth.models import LoginThrottle
        from app.database import utcnow
        db.session.execute(update(LoginThrottle).values(window_started_at=utcnow() - timedelta(minutes=16)))
    assert login(client).status_code == 302


def test_unknown_accounts_are_throttled_alike(client: FlaskClient) -> None:
    for _ in range(5):
        login(client, username="nobody", password="wrong")
    assert login(client, username="nobody", password="wrong").status_code == 429


@pytest.mark.parametrize("credentials", [b"\x00\x00\x00", b"a\x00b:pw", b"\x01\x02:\x7f", "\u00e9\u200b:x".encode()])
def test_http_basic_with_control_characters_is_401_and_throttled(client: FlaskClient, credentials: bytes) -> None:
    """``Authorization: Basic AAAA`` (three NUL bytes) went into the throttle's key, which PostgreSQL refused: a
    500 to anyone on the network."""
    header = {"Authorization": "Basic " + base64.b64encode(credentials).decode()}
    for _ in range(5):
        assert client.get("/api/v1/tasks", headers=header).status_code == 401
    assert client.get("/api/v1/tasks", headers=header).status_code == 429


def test_a_wrong_password_takes_as_long_for_unknown_users(app: Flask) -> None:
    app.config.update(PASSWORD_HASH_METHOD="pbkdf2:sha256:100000", LOGIN_MAX_FAILURES=1000,
                      LOGIN_MAX_FAILURES_PER_ADDRESS=1000)
    with app.app_context(), unit_of_work():
        from app.auth.service import create_user
        create_user("timed", "a-long-passphrase", ["order_agent"])
    client = app.test_client()
    times: dict[str, list[float]] = {"timed": [], "no-such-user": []}
    for _ in range(9):  # interleaved, so load from other processes hits both alike
        for username, samples in times.items():
            started = time.perf_counter()
            login(client, username=username, password="wrong")
            samples.append(time.perf_counter() - started)
    known, unknown = (statistics.median(samples[1:]) for samples in times.values())
    assert 0.5 < unknown / known < 2, (known, unknown)


def test_tokens_expire_and_are_revoked(app: Flask, client: FlaskClient) -> None:
    runner = app.test_cli_runner()
    token = runner.invoke(args=["users", "token", "agent", "--expires", "30"]).output.strip()
    bearer = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/tasks", headers=bearer).status_code == 200
    listed = runner.invoke(args=["users", "tokens", "agent"]).output
    token_id = listed.split("\t")[0]
    assert "expires" in listed
    assert runner.invoke(args=["users", "revoke-token", token_id]).exit_code == 0
    assert client.get("/api/v1/tasks", headers=bearer).status_code == 401
    assert "revoked" in runner.invoke(args=["users", "tokens", "agent"]).output

    expiring = runner.invoke(args=["users", "token", "agent", "--expires", "1"]).output.strip()
    with app.app_context(), unit_of_work():
        from app.auth.models import ApiToken
        from app.database import utcnow
        db.session.execute(update(ApiToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert client.get("/api/v1/tasks", headers={"Authorization": f"Bearer {expiring}"}).status_code == 401


def test_a_deactivated_user_is_out_everywhere(app: Flask, client: FlaskClient) -> None:
    runner = app.test_cli_runner()
    token = runner.invoke(args=["users", "token", "agent"]).output.strip()
    login(client)
    assert is_logged_in(client)
    assert runner.invoke(args=["users", "deactivate", "agent"]).exit_code == 0
    assert not is_logged_in(client)
    assert client.get("/api/v1/tasks", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert Api(client).get("/api/v1/tasks", user="agent").status_code == 401
    assert login(client).status_code == 200  # the login page again, with an error


def test_security_headers(app: Flask, client: FlaskClient, api: Api) -> None:
    for response in (client.get("/login"), api.get("/api/v1/tasks")):
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert "Strict-Transport-Security" not in response.headers
    app.config["HSTS_SECONDS"] = 31536000
    assert client.get("/login").headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_pages_have_no_inline_scripts_or_styles(app: Flask) -> None:  # the CSP would block them
    pages = {"admin": ("/", "/studio/", "/catalog/", "/instances/", "/ops/", "/simulator/"),
             "agent": ("/workspace/", "/workspace/orders/new"), "fallout": ("/fallout/",),
             "fmanager": ("/jeopardy/",), "alice": ("/portal/", "/portal/order")}
    for username, paths in pages.items():
        client = app.test_client()
        login(client, username=username)
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            body = response.get_data(as_text=True)
            assert "<script>" not in body and " style=" not in body and "<style" not in body, path


def test_customers_see_no_models(api: Api) -> None:
    assert api.get("/api/v1/models", user="alice").status_code == 403
    assert api.get("/api/v1/models", user="agent").status_code == 200


def test_demo_users_only_on_request(app: Flask) -> None:
    app.config["ALLOW_DEMO_USERS"] = False
    runner = app.test_cli_runner()
    assert "demo users" not in runner.invoke(args=["seed"]).output
    assert "demo users" in runner.invoke(args=["seed", "--demo-users"]).output


def test_seed_leaves_the_demo_catalog_out_when_told(tmp_path: Path) -> None:
    """``ordra seed --no-demo-catalog``: the shipped models, and no demo offering on sale."""
    from app import create_app
    from app.catalog.models import ProductOffering
    from app.migrate import upgrade
    from app.studio.models import ProcessVersion

    production = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/prod.db"})
    with production.app_context():
        upgrade()
    result = production.test_cli_runner().invoke(args=["seed", "--no-demo-catalog"])
    assert result.exit_code == 0 and "catalog offerings" not in result.output, result.output
    with production.app_context():
        assert db.session.scalars(select(ProductOffering.name)).all() == []
        assert db.session.scalar(select(ProcessVersion.id).where(ProcessVersion.process_id == "customer_order"))
        db.engine.dispose()
    result = production.test_cli_runner().invoke(args=["seed"])
    with production.app_context():
        assert "Business Fibre Internet" in set(db.session.scalars(select(ProductOffering.name)))
        db.engine.dispose()


def test_seed_on_a_production_database_creates_no_demo_user(tmp_path: Path) -> None:
    """Not the text of the command's output: the users table of a fresh database after ``ordra seed``."""
    from app import create_app
    from app.auth.models import User
    from app.migrate import upgrade

    config = {key: value for key, value in TEST_CONFIG.items() if key != "ALLOW_DEMO_USERS"}
    production = create_app({**config, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/prod.db"})
    assert production.config["ALLOW_DEMO_USERS"] is False  # the default
    with production.app_context():
        upgrade()
    result = production.test_cli_runner().invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    with production.app_context():
        assert db.session.scalars(select(User.username)).all() == []
        db.engine.dispose()
    result = production.test_cli_runner().invoke(args=["seed", "--demo-users"])
    with production.app_context():
        assert {"admin", "agent", "alice"} <= set(db.session.scalars(select(User.username)))
        db.engine.dispose()
