"""The caller's own API tokens over the API: ``GET/POST /api/v1/tokens``, ``DELETE /api/v1/tokens/<id>``.

Issuing and revoking need the password (HTTP Basic): a bearer token may list its user's tokens, never mint one
(which would outlive the revocation of the token that minted it) nor revoke one.
"""
from __future__ import annotations

import logging
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from flask import Flask

from app.database import utcnow
from tests.helpers import Api
from tests.helpers import statements

TOKENS = "/api/v1/tokens"


def issue(api: Api, user: str = "agent", **body: Any) -> Any:
    response = api.post(TOKENS, user=user, json={"name": "billing sync", **body})
    assert response.status_code == 201, response.json
    return response.json


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_user_issues_a_token_that_works_and_is_listed_without_its_secret(api: Api) -> None:
    issued = issue(api, expires_days=30, roles=["order_agent"])
    assert issued["name"] == "billing sync" and issued["roles"] == ["order_agent"] and issued["status"] == "active"
    expires = datetime.fromisoformat(issued["expires_at"]) - utcnow()
    assert timedelta(days=29, hours=23) < expires <= timedelta(days=30)
    assert api.client.get("/api/v1/tasks", headers=bearer(issued["token"])).status_code == 200

    listed = api.get(TOKENS, user="agent")
    assert listed.status_code == 200
    assert [t["id"] for t in listed.json] == [issued["id"]]
    assert "token" not in listed.json[0] and issued["token"] not in listed.get_data(as_text=True)
    assert api.get(TOKENS, user="fulfiller").json == []  # only one's own


def test_a_token_without_expiry_or_roles_has_all_its_user_s_roles_until_revoked(api: Api) -> None:
    issued = issue(api, user="admin")
    assert issued["roles"] is None and issued["expires_at"] is None
    assert api.client.get("/api/v1/models", headers=bearer(issued["token"])).status_code == 200


@pytest.mark.parametrize("body, fields", [
    ({"name": ""}, {"name"}),
    ({"name": " "}, {"name"}),
    ({"name": "x" * 101}, {"name"}),
    ({"name": 7}, {"name"}),
    ({"name": "ci", "expires_days": 0}, {"expires_days"}),
    ({"name": "ci", "expires_days": 366}, {"expires_days"}),
    ({"name": "ci", "expires_days": 10 ** 12}, {"expires_days"}),
    ({"name": "ci", "expires_days": "30"}, {"expires_days"}),
    ({"name": "ci", "expires_days": True}, {"expires_days"}),
    ({"name": "ci", "roles": "order_agent"}, {"roles"}),
    ({"name": "ci", "roles": ["process_admin"]}, {"roles"}),  # a role the agent does not hold
    ({"name": "ci", "roles": ["pope"]}, {"roles"}),
    ({"name": "", "expires_days": 0, "roles": ["process_admin"]}, {"name", "expires_days", "roles"}),
])
def test_bad_input_is_422_naming_each_field(api: Api, body: dict[str, Any], fields: set[str]) -> None:
    response = api.post(TOKENS, user="agent", json=body)
    assert response.status_code == 422, response.json
    assert {error["field"] for error in response.json["errors"]} == fields
    assert api.get(TOKENS, user="agent").json == []


def test_the_longest_expiry_is_a_setting(app: Flask, api: Api) -> None:
    app.config["API_TOKEN_MAX_DAYS"] = 400
    assert issue(api, expires_days=400)["status"] == "active"


def test_a_bearer_token_lists_but_cannot_issue_or_revoke(api: Api) -> None:
    issued = issue(api)
    headers = bearer(issued["token"])
    assert [t["id"] for t in api.client.get(TOKENS, headers=headers).json] == [issued["id"]]
    minted = api.client.post(TOKENS, headers=headers, json={"name": "child"})
    assert minted.status_code == 403
    assert "password" in minted.json["errors"][0]["message"]
    revoked = api.client.delete(f"{TOKENS}/{issued['id']}", headers=headers)
    assert revoked.status_code == 403
    assert [t["status"] for t in api.get(TOKENS, user="agent").json] == ["active"]


def test_revoking_one_s_own_token_ends_it_at_once(api: Api) -> None:
    kept, ended = issue(api), issue(api, name="old laptop")
    assert api.client.delete(f"{TOKENS}/{ended['id']}", headers=Api.headers("agent")).status_code == 204
    assert api.client.get("/api/v1/tasks", headers=bearer(ended["token"])).status_code == 401
    assert api.client.get("/api/v1/tasks", headers=bearer(kept["token"])).status_code == 200
    statuses = {t["name"]: t["status"] for t in api.get(TOKENS, user="agent").json}
    assert statuses == {"billing sync": "active", "old laptop": "revoked"}
    # again: already revoked, and so it stays
    assert api.client.delete(f"{TOKENS}/{ended['id']}", headers=Api.headers("agent")).status_code == 204


def test_another_user_s_token_is_404_and_keeps_working(api: Api) -> None:
    theirs = issue(api, user="alice")
    for user in ("bob", "agent", "admin"):  # a process admin revokes others' tokens on the users page
        response = api.client.delete(f"{TOKENS}/{theirs['id']}", headers=Api.headers(user))
        assert response.status_code == 404, user
        assert response.json["errors"][0]["message"] == f"no token {theirs['id']}"
    assert api.client.delete(f"{TOKENS}/999999", headers=Api.headers("alice")).status_code == 404
    assert api.client.get("/tmf-api/productInventory/v4/product", headers=bearer(theirs["token"])).status_code == 200


def test_issuing_and_revoking_are_logged_without_the_token(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="app.auth.service"):
        issued = issue(api, roles=["order_agent"])
        api.client.delete(f"{TOKENS}/{issued['id']}", headers=Api.headers("agent"))
    events = [(r.getMessage(), r.user, r.actor, r.token_id) for r in caplog.records if r.name == "app.auth.service"]
    assert events == [("API token issued", "agent", "agent", issued["id"]),
                      ("API token revoked", "agent", "agent", issued["id"])]
    assert all(issued["token"] not in str(r.__dict__) for r in caplog.records)


def test_the_cli_keeps_to_the_same_rules(app: Flask) -> None:
    runner = app.test_cli_runner()
    for days in ("366", "1000000000"):  # the second was an OverflowError's traceback
        refused = runner.invoke(args=["users", "token", "agent", "--expires", days])
        assert refused.exit_code == 1 and "expires_days" in refused.output, refused.output
    assert runner.invoke(args=["users", "token", "agent", "--name", ""]).exit_code == 1


def test_the_openapi_document_says_issuing_and_revoking_take_the_password(api: Api) -> None:
    paths = api.get("/api/v1/openapi.json").json["paths"]
    assert set(paths[TOKENS]) == {"get", "post"} and set(paths[TOKENS + "/{token_id}"]) == {"delete"}
    assert paths[TOKENS]["post"]["security"] == [{"basic": []}]
    assert paths[TOKENS + "/{token_id}"]["delete"]["security"] == [{"basic": []}]
    assert "security" not in paths[TOKENS]["get"]


def test_an_expired_token_is_listed_as_expired_and_refused(app: Flask, api: Api) -> None:
    from sqlalchemy import update

    from app.auth.models import ApiToken
    from app.database import unit_of_work
    from app.extensions import db

    issued = issue(api, expires_days=1)
    with app.app_context(), unit_of_work():
        db.session.execute(update(ApiToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert [t["status"] for t in api.get(TOKENS, user="agent").json] == ["expired"]
    assert api.client.get("/api/v1/tasks", headers=bearer(issued["token"])).status_code == 401


def _last_used(api: Api) -> str | None:
    [token] = api.get(TOKENS, user="agent").json
    return token["last_used_at"]  # type: ignore[no-any-return]


def test_a_token_s_last_use_is_written_at_most_once_in_five_minutes(app: Flask, api: Api) -> None:
    """Each bearer request writing the time would queue them all on SQLite's one write lock (issue #18): a request
    writes it only when the stored time is older than ``API_TOKEN_USE_RECORD_SECONDS``, and after its own
    transaction, so the token lookup stays one query and most requests write nothing."""
    with time_machine.travel(datetime(2027, 2, 1, 9, 0, tzinfo=UTC), tick=False) as clock:
        token = issue(api)
        assert token["last_used_at"] is None and _last_used(api) is None  # Basic requests are not token uses
        with statements(app) as seen:
            def updates() -> int:
                return len([s for s, _ in seen if s.upper().startswith("UPDATE API_TOKENS")])
            assert api.client.get(TOKENS, headers=bearer(token["token"])).json[0]["last_used_at"] is None
            assert _last_used(api) == "2027-02-01T09:00:00+00:00" and updates() == 1
            clock.shift(timedelta(minutes=4, seconds=59))
            for _ in range(3):
                assert api.client.get("/api/v1/tasks", headers=bearer(token["token"])).status_code == 200
            assert _last_used(api) == "2027-02-01T09:00:00+00:00" and updates() == 1  # recorded lately
            clock.shift(timedelta(seconds=1))
            assert api.client.get("/api/v1/tasks", headers=bearer(token["token"])).status_code == 200
            assert _last_used(api) == "2027-02-01T09:05:00+00:00" and updates() == 2


def test_a_refused_request_with_a_token_still_counts_as_its_use(api: Api) -> None:
    """The token was used even if the request failed (a 404, rolled back): it is written after the rollback."""
    token = issue(api)
    assert api.client.get("/api/v1/orders/999999", headers=bearer(token["token"])).status_code == 404
    assert _last_used(api) is not None


def test_bookkeeping_that_cannot_be_written_is_logged_and_the_unit_of_work_stands(
        app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    from sqlalchemy import text

    from app.database import unit_of_work
    from app.database import write_after_unit

    with app.app_context():
        with unit_of_work():
            write_after_unit(text("UPDATE no_such_table SET x = 1"))
    assert "could not be written" in caplog.text
