"""API tokens limited to some of their user's roles (``ordra users token NAME --role ROLE``): over the HTTP API a
limited token has the roles it names that its user still holds, and no other, while HTTP Basic keeps them all.

The user ``multi`` holds three roles: ``order_agent`` (may start processes), ``fulfillment_agent`` and
``order_approver`` (the two lanes of the change-request demo).
"""
from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import delete
from sqlalchemy import event
from sqlalchemy import select

from app.auth.models import User
from app.auth.models import UserRole
from app.database import unit_of_work
from app.extensions import db
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import Api

ROLES = ("order_agent", "fulfillment_agent", "order_approver")
START = "/api/v1/processes/change_request/instances"
REQUEST = {"data": {"customer": "Acme Ltd"}}
HIGH_BANDWIDTH = {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15",
                  "cabling_needed": True, "floor": 3, "notes": "Back entrance"}


def cli(app: Flask, *args: str) -> Any:
    return app.test_cli_runner().invoke(args=list(args))


def token(app: Flask, *roles: str) -> dict[str, str]:
    """Bearer headers of a new token of ``multi`` limited to ``roles`` (none: all of them)."""
    issued = cli(app, "users", "token", "multi", *(arg for role in roles for arg in ("--role", role)))
    assert issued.exit_code == 0, issued.output
    return {"Authorization": f"Bearer {issued.output.strip()}"}


@pytest.fixture()
def multi(app: Flask, api: Api) -> None:
    created = cli(app, "users", "create", "multi", *(arg for role in ROLES for arg in ("--role", role)),
                  "--password", "multi-pass")
    assert created.exit_code == 0, created.output
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201


def start(api: Api) -> int:
    started = api.post(START, user="agent", json=REQUEST)
    assert started.status_code == 201, started.json
    return int(started.json["id"])


def inbox(api: Api, headers: dict[str, str]) -> set[str]:
    listed = api.client.get("/api/v1/tasks", headers=headers)
    assert listed.status_code == 200, listed.json
    return {item["role"] for item in listed.json}


@pytest.fixture()
def two_lanes(api: Api, multi: None) -> dict[str, int]:
    """An open work item in each lane: details to enter (fulfillment agent) and an approval (order approver)."""
    start(api)
    to_approve = start(api)
    item = next(t for t in api.get("/api/v1/tasks", user="fulfiller").json if t["instance_id"] == to_approve)
    done = api.post(f"/api/v1/tasks/{item['id']}/complete", user="fulfiller", json={"data": HIGH_BANDWIDTH})
    assert done.status_code == 200, done.json
    items = [*api.get("/api/v1/tasks", user="fulfiller").json, *api.get("/api/v1/tasks", user="approver").json]
    return {t["role"]: t["id"] for t in items}


def test_a_token_is_refused_a_route_its_roles_do_not_reach_though_its_user_may(app: Flask, api: Api,
                                                                            multi: None) -> None:
    limited = token(app, "fulfillment_agent", "order_approver")
    refused = api.client.post(START, headers=limited, json=REQUEST)
    assert refused.status_code == 403
    assert refused.json["errors"][0]["message"] == ("this needs one of the roles: process_admin, order_agent, "
                                                    "order_manager, fulfillment_manager (this API token may use "
                                                    "only: fulfillment_agent, order_approver)")
    assert api.client.post(START, headers=token(app, "order_agent"), json=REQUEST).status_code == 201
    assert api.client.post(START, headers=token(app), json=REQUEST).status_code == 201  # all of its user's roles


def test_basic_auth_keeps_every_role_of_the_user(app: Flask, api: Api, two_lanes: dict[str, int]) -> None:
    basic = {"Authorization": "Basic " + base64.b64encode(b"multi:multi-pass").decode()}
    assert inbox(api, basic) == {"fulfillment_agent", "order_approver"}
    assert api.client.post(START, headers=basic, json=REQUEST).status_code == 201


def test_the_inbox_of_a_limited_token_lists_only_its_roles_work(app: Flask, api: Api,
                                                                two_lanes: dict[str, int]) -> None:
    assert set(two_lanes) == {"fulfillment_agent", "order_approver"}
    assert inbox(api, token(app)) == {"fulfillment_agent", "order_approver"}
    approver = token(app, "order_approver")
    assert inbox(api, approver) == {"order_approver"}
    assert inbox(api, token(app, "fulfillment_agent")) == {"fulfillment_agent"}
    assert inbox(api, token(app, "order_agent")) == set()
    # nor may it open, claim or complete work of a lane it lacks
    other = two_lanes["fulfillment_agent"]
    assert api.client.get(f"/api/v1/tasks/{other}", headers=approver).status_code in (403, 404)
    assert api.client.post(f"/api/v1/tasks/{other}/claim", headers=approver).status_code in (403, 404)
    assert api.client.post(f"/api/v1/tasks/{other}/complete", headers=approver,
                           json={"data": HIGH_BANDWIDTH}).status_code in (403, 404)
    assert api.client.post(f"/api/v1/tasks/{two_lanes['order_approver']}/claim",
                           headers=approver).status_code == 200


def test_a_role_taken_from_the_user_is_gone_from_their_tokens(app: Flask, api: Api,
                                                              two_lanes: dict[str, int]) -> None:
    limited = token(app, "order_agent", "order_approver")
    assert api.client.post(START, headers=limited, json=REQUEST).status_code == 201
    with app.app_context(), unit_of_work():
        multi = select(User.id).where(User.username == "multi").scalar_subquery()
        db.session.execute(delete(UserRole).where(UserRole.role == "order_agent", UserRole.user_id == multi))
    refused = api.client.post(START, headers=limited, json=REQUEST)
    assert refused.status_code == 403 and "may use only: order_approver)" in refused.json["errors"][0]["message"]
    assert inbox(api, limited) == {"order_approver"}


@contextmanager
def statements() -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()))
    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_a_limited_token_costs_no_statement_more(app: Flask, api: Api, two_lanes: dict[str, int]) -> None:
    """The token, its user and the user's roles still come in one query (with the model generation)."""
    counts = {}
    for label, headers in (("all", token(app)), ("limited", token(app, "order_approver"))):
        inbox(api, headers)  # a first request warms what every process keeps
        with app.app_context(), statements() as sent:
            inbox(api, headers)
        assert len([s for s in sent if "api_tokens" in s]) == 1, sent
        assert not [s for s in sent if s.startswith("SELECT user_roles")], sent
        counts[label] = len(sent)
    assert counts["limited"] == counts["all"]


def test_the_cli_refuses_a_role_the_user_lacks_and_lists_each_tokens_roles(app: Flask, multi: None) -> None:
    lacking = cli(app, "users", "token", "multi", "--role", "order_agent", "--role", "process_admin")
    assert lacking.exit_code == 1
    assert "error: roles: multi does not have the role 'process_admin' (their roles: fulfillment_agent, " \
           "order_agent, order_approver)" in lacking.output
    unknown = cli(app, "users", "token", "multi", "--role", "wizard")
    assert unknown.exit_code == 1 and "unknown role 'wizard'" in unknown.output
    token(app)
    token(app, "order_approver", "order_agent")
    listed = cli(app, "users", "tokens", "multi")
    assert listed.exit_code == 0
    assert [line.split("\t")[-1] for line in listed.output.splitlines()] == [
        "all roles", "roles order_agent, order_approver"]
