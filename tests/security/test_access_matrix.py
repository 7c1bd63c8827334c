"""Every route × every caller: anonymous, each of the nine roles, and a customer of another account.

``POLICY`` declares, for each endpoint of ``app.url_map``, who may use it; a route added without a line here
fails :func:`test_every_route_has_a_declared_policy`. :func:`test_the_matrix` then calls every route as every
caller against real objects (``access_world``: orders of customer A in every stage, their tasks, domain
orders, fallouts, jeopardy alerts, instances, products, requests, cancellations, hubs, jobs) and checks:

- anonymous: the APIs answer 401 (``/tmf-api`` with a TMF ``Error`` body), pages redirect to ``/login``;
- a role the policy does not name: 403 (404 where the object is one only its role may see);
- the other customer, on customer A's objects: 404, never the object (it must not learn it exists);
- everyone the policy names gets past the check (no 401/403, no login redirect; customer A no 404 on her own).

Each probe runs in a unit of work that is rolled back, so a caller who may cancel an order does not cancel it
for the callers after them. Failures are collected and shown together, one line per route and caller.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask
from flask import url_for
from flask.testing import FlaskClient

from tests.helpers import Api
from tests.orders.conftest import seeded  # noqa: F401  (the shipped models, the demo catalog and accounts)
from tests.security.access_world import OWNER
from tests.security.access_world import STRANGER
from tests.security.access_world import World
from tests.security.access_world import build

ADMIN = frozenset({"process_admin"})
STAFF = frozenset({"order_agent", "fulfillment_agent", "order_manager", "order_approver", "fulfillment_manager",
                   "fallout_agent", "fallout_manager", "process_admin"})
EVERYONE = STAFF | {"customer"}
CUSTOMER = frozenset({"customer"})
DESK = frozenset({"order_agent", "order_manager"})  # the workspace's order desk
REVISERS = DESK | ADMIN
CAPTURERS = REVISERS | CUSTOMER
ORDER_PAGE = STAFF - {"fulfillment_agent"}  # who follows an order on its workspace page
FALLOUT = frozenset({"fallout_agent", "fallout_manager", "process_admin"})
FALLOUT_MANAGERS = frozenset({"fallout_manager", "process_admin"})
JEOPARDY = frozenset({"fulfillment_manager", "fallout_manager", "order_manager", "process_admin"})
TEAM = frozenset({"fulfillment_manager", "order_manager", "fallout_manager", "process_admin"})
STARTERS = frozenset({"process_admin", "order_agent", "order_manager", "fulfillment_manager"})
RETRIERS = FALLOUT
INSTANCE_CANCELLERS = frozenset({"process_admin", "order_manager", "fulfillment_manager"})
VERSION_READERS = frozenset({"process_admin", "fulfillment_manager", "order_manager"})
LANE = frozenset({"order_approver"})  # the world's open task is an approval
ALERT_ROLE = frozenset({"fulfillment_manager"})  # the world's alert is for this role
CALENDAR_EDITORS = frozenset({"fulfillment_manager", "process_admin"})
PUBLIC = None


@dataclass(frozen=True)
class Policy:
    """Who may call an endpoint. ``owned``: it names one of customer A's objects, so the other customer gets 404."""

    roles: frozenset[str] | None  # None: public, no login needed
    owned: bool = False
    password_only: bool = False  # an API route a bearer token may not use, whatever its roles (403)


def p(roles: frozenset[str] | None, owned: bool = False, password_only: bool = False) -> Policy:
    return Policy(roles, owned, password_only)


POLICY: dict[str, Policy] = {
    # public
    "auth.login": p(PUBLIC), "auth.logout": p(PUBLIC), "ops.healthz": p(PUBLIC), "static": p(PUBLIC),
    "api_docs.docs": p(PUBLIC), "api.openapi": p(PUBLIC),
    # API tokens: everyone their own (customer A's token is the world's); process admins any user's, in the browser;
    # over the API, issuing and revoking need the password
    "auth.tokens": p(EVERYONE), "auth.revoke_token": p(EVERYONE, owned=True),
    "auth.users": p(ADMIN), "auth.revoke_user_token": p(ADMIN),
    "api.list_tokens": p(EVERYONE), "api.issue_token": p(EVERYONE, password_only=True),
    "api.revoke_token": p(EVERYONE, owned=True, password_only=True),
    # inbox pages: the list for anyone logged in; a task for its lane's role only
    "inbox.index": p(EVERYONE), "inbox.task": p(LANE), "inbox.claim": p(LANE), "inbox.unclaim": p(LANE),
    # the inbox over the API
    "api.list_tasks": p(EVERYONE), "api.get_task": p(LANE), "api.claim_task": p(LANE),
    "api.unclaim_task": p(LANE), "api.complete_task": p(LANE),
    # orders over /api/v1: the order 360 and the timeline are the staff's view (customers use TMF622)
    "api.get_order": p(STAFF), "api.get_order_timeline": p(STAFF), "api.revise_order": p(REVISERS),
    # instances
    "api.start_instance": p(STARTERS), "api.get_instance": p(STAFF), "api.get_instance_diagram": p(STAFF),
    "api.retry_instance": p(RETRIERS), "api.cancel_instance": p(INSTANCE_CANCELLERS),
    "api.save_instance_as_test": p(ADMIN),
    "instances.index": p(STAFF), "instances.show": p(STAFF), "instances.marks": p(STAFF),
    "instances.start": p(STARTERS), "instances.retry": p(RETRIERS),
    # fallout
    "api.list_fallouts": p(FALLOUT), "api.get_fallout": p(FALLOUT), "api.retry_fallout": p(FALLOUT),
    "api.skip_fallout": p(FALLOUT), "api.cancel_fallout": p(FALLOUT), "api.resolve_fallout": p(FALLOUT),
    "fallout.queue": p(FALLOUT), "fallout.show": p(FALLOUT), "fallout.retry": p(FALLOUT), "fallout.fix": p(FALLOUT),
    "fallout.skip": p(FALLOUT), "fallout.cancel": p(FALLOUT), "fallout.reassign": p(FALLOUT),
    "fallout.manager_dashboard": p(FALLOUT_MANAGERS), "fallout.bulk_reassign": p(FALLOUT_MANAGERS),
    # jeopardy
    "api.list_jeopardies": p(JEOPARDY), "api.acknowledge_jeopardy": p(ALERT_ROLE),
    "jeopardy.index": p(JEOPARDY), "jeopardy.acknowledge": p(ALERT_ROLE),
    # the business calendar: staff read it; fulfilment managers and process admins change its closure days
    "jeopardy.business_calendar": p(STAFF), "api.business_calendar": p(STAFF),
    "jeopardy.add_closure_day": p(CALENDAR_EDITORS), "jeopardy.remove_closure_day": p(CALENDAR_EDITORS),
    "api.add_closure_day": p(CALENDAR_EDITORS), "api.remove_closure_day": p(CALENDAR_EDITORS),
    # models, decisions, drafts, migrations, saved tests, connectors: process admins (staff read a little)
    "api.deploy_models": p(ADMIN), "api.validate_models": p(ADMIN), "api.list_models": p(STAFF),
    "api.diff_process_versions": p(VERSION_READERS), "api.download_process_version": p(VERSION_READERS),
    "api.list_deployments": p(ADMIN), "api.get_deployment": p(ADMIN), "api.evaluate_decision": p(ADMIN),
    "api.list_drafts": p(ADMIN), "api.get_draft": p(ADMIN), "api.put_draft": p(ADMIN), "api.delete_draft": p(ADMIN),
    "api.migrate_instances": p(ADMIN), "api.get_migration": p(ADMIN),
    "api.list_model_tests_process": p(ADMIN), "api.create_model_test_process": p(ADMIN),
    "api.delete_model_test_process": p(ADMIN), "api.run_model_tests_process": p(ADMIN),
    "api.list_model_tests_decision": p(ADMIN), "api.create_model_test_decision": p(ADMIN),
    "api.delete_model_test_decision": p(ADMIN), "api.run_model_tests_decision": p(ADMIN),
    "api.get_model_test_process": p(ADMIN), "api.put_model_test_process": p(ADMIN),
    "api.get_model_test_decision": p(ADMIN), "api.put_model_test_decision": p(ADMIN),
    "api.restore_shipped_tests_process": p(ADMIN), "api.restore_shipped_tests_decision": p(ADMIN),
    "api.list_connectors": p(STAFF), "api.get_connector": p(STAFF),
    # studio pages and the editors' JSON routes
    "studio.index": p(ADMIN), "studio.decision": p(ADMIN), "studio.decision_version": p(ADMIN),
    "studio.edit_decision": p(ADMIN),
    "studio.save_decision_test": p(ADMIN), "studio.run_decision_tests": p(ADMIN),
    "studio.try_edited_decision": p(ADMIN), "studio.deployment": p(ADMIN), "studio.draft": p(ADMIN),
    "studio.edit_form": p(ADMIN), "studio.preview_form": p(ADMIN), "studio.save_instance_as_test": p(ADMIN),
    "studio.modeler_choices": p(ADMIN), "studio.check_code": p(ADMIN), "studio.deploy_edited_model": p(ADMIN),
    "studio.validate_edited_model": p(ADMIN), "studio.deploy_edited_process": p(ADMIN),
    "studio.edit_process": p(ADMIN), "studio.migrate_instances": p(ADMIN), "studio.migration_progress": p(ADMIN),
    "studio.save_process_test": p(ADMIN), "studio.run_process_tests": p(ADMIN), "studio.try_process_test": p(ADMIN),
    "studio.validate_edited_process": p(ADMIN), "studio.new_process": p(ADMIN), "studio.new_decision": p(ADMIN),
    "studio.redeploy_version": p(ADMIN), "studio.edit_test_case": p(ADMIN), "studio.delete_test_case": p(ADMIN),
    "studio.restore_shipped_cases": p(ADMIN),
    "studio.diff_process_versions": p(VERSION_READERS), "studio.process_version": p(VERSION_READERS),
    "studio.download_process_version": p(VERSION_READERS),
    # catalog admin pages, the simulator, ops
    "catalog.index": p(ADMIN), "catalog.show": p(ADMIN), "catalog.edit": p(ADMIN), "catalog.labels": p(ADMIN),
    "catalog.create": p(ADMIN), "simulator.index": p(ADMIN), "simulator.create": p(ADMIN),
    "simulator.edit": p(ADMIN), "simulator.delete": p(ADMIN), "ops.overview": p(ADMIN),
    # the portal: customers, on their own account
    "portal.index": p(CUSTOMER), "portal.new_order": p(CUSTOMER), "portal.preview": p(CUSTOMER),
    "portal.orders": p(CUSTOMER), "portal.products": p(CUSTOMER), "portal.order": p(CUSTOMER, owned=True),
    "portal.cancel_order": p(CUSTOMER, owned=True), "portal.raise_request": p(CUSTOMER, owned=True),
    "portal.change_product": p(CUSTOMER, owned=True), "portal.product_again": p(CUSTOMER, owned=True),
    "portal.cancel_order_again": p(CUSTOMER, owned=True),
    # the workspace: the order desk works orders, more staff follow them
    "workspace.index": p(DESK), "workspace.new_order": p(DESK), "workspace.edit_order": p(DESK),
    "workspace.preview": p(DESK), "workspace.change_product": p(DESK), "workspace.revise_order": p(DESK),
    "workspace.product_again": p(DESK),
    "workspace.cancel_order": p(DESK), "workspace.order": p(ORDER_PAGE), "orchestration_ui.fragment": p(ORDER_PAGE),
    # the order import page: the staff who may place orders over TMF622 (customers order for themselves)
    "order_imports.index": p(REVISERS), "order_imports.batch": p(REVISERS),
    "orchestration_ui.team_timeline": p(TEAM), "orchestration_ui.move_work": p(TEAM),
    # TMF620 catalog: everyone logged in reads it; process admins change it
    "tmf.list_catalogs": p(EVERYONE), "tmf.get_catalog": p(EVERYONE), "tmf.list_categories": p(EVERYONE),
    "tmf.get_category": p(EVERYONE), "tmf.list_product_offerings": p(EVERYONE),
    "tmf.get_product_offering": p(EVERYONE), "tmf.list_product_offering_prices": p(EVERYONE),
    "tmf.get_product_offering_price": p(EVERYONE), "tmf.list_product_specifications": p(EVERYONE),
    "tmf.get_product_specification": p(EVERYONE),
    "tmf.create_product_offering": p(ADMIN), "tmf.patch_product_offering": p(ADMIN),
    "tmf.delete_product_offering": p(ADMIN), "tmf.create_product_offering_price": p(ADMIN),
    "tmf.patch_product_offering_price": p(ADMIN), "tmf.delete_product_offering_price": p(ADMIN),
    "tmf.create_product_specification": p(ADMIN),
    "tmf.create_export_job": p(ADMIN), "tmf.list_export_jobs": p(ADMIN), "tmf.get_export_job": p(ADMIN),
    "tmf.delete_export_job": p(ADMIN), "tmf.get_export_document": p(ADMIN), "tmf.create_import_job": p(ADMIN),
    "tmf.list_import_jobs": p(ADMIN), "tmf.get_import_job": p(ADMIN), "tmf.delete_import_job": p(ADMIN),
    # TMF622 product orders: customers on their own account; the desk revises
    "tmf.create_product_order": p(CAPTURERS), "tmf.list_product_orders": p(EVERYONE),
    "tmf.get_product_order": p(EVERYONE, owned=True), "tmf.patch_product_order": p(REVISERS),
    "tmf.delete_product_order": p(REVISERS), "tmf.cancel_product_order": p(CAPTURERS, owned=True),
    "tmf.list_cancel_product_orders": p(EVERYONE), "tmf.get_cancel_product_order": p(EVERYONE, owned=True),
    # TMF637 inventory
    "tmf.list_products": p(EVERYONE), "tmf.get_product": p(EVERYONE, owned=True),
    # TMF641 / TMF652: domain orders are internal
    "tmf.list_service_orders": p(STAFF), "tmf.get_service_order": p(STAFF), "tmf.cancel_service_order": p(REVISERS),
    "tmf.list_cancel_service_orders": p(STAFF), "tmf.get_cancel_service_order": p(STAFF),
    "tmf.list_resource_orders": p(STAFF), "tmf.get_resource_order": p(STAFF), "tmf.cancel_resource_order": p(REVISERS),
    "tmf.list_cancel_resource_orders": p(STAFF), "tmf.get_cancel_resource_order": p(STAFF),
    # hubs: integrations run by the order desk and admins; never customers (they would hear every order)
    **{f"tmf.{verb}_{api}_hub": p(REVISERS) for verb in ("register", "delete")
       for api in ("productCatalog", "productOrdering", "productInventory", "serviceOrdering", "resourceOrdering")},
}

# One demo user per role, then the two customers: A owns the world's objects, B is a stranger to them.
CALLERS: dict[str, str] = {"process_admin": "admin", "order_agent": "agent", "fulfillment_agent": "fulfiller",
                           "order_manager": "omanager", "order_approver": "approver",
                           "fulfillment_manager": "fmanager", "fallout_agent": "fallout",
                           "fallout_manager": "falloutmgr", "customer": OWNER}
IGNORED_METHODS = {"HEAD", "OPTIONS"}
OWNER_MARKS = ("Acme", "ACL-", "Alice")  # customer A's account, her orders' external ids, her name
SESSION_ENDPOINTS = ("auth.login", "auth.logout")  # probed in a client of their own: they end the login


def is_api(path: str) -> bool:
    return path.startswith(("/api/v1/", "/tmf-api/"))


def test_every_route_has_a_declared_policy(app: Flask) -> None:
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints - POLICY.keys() == set(), "routes without an access policy in POLICY"
    assert POLICY.keys() - endpoints == set(), "POLICY names endpoints that no longer exist"


def probes(app: Flask, world: World) -> list[tuple[str, str, str]]:
    """(endpoint, method, path) for every method of every route, with the world's ids in the URL."""
    found = []
    with app.test_request_context():
        for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint)):
            values = {**world.values, **world.by_endpoint.get(rule.endpoint, {})}
            args = {name: values[name] for name in rule.arguments if name not in (rule.defaults or {})}
            path = url_for(rule.endpoint, **args)
            found += [(rule.endpoint, method, path) for method in sorted((rule.methods or set()) - IGNORED_METHODS)]
    return found


def body_for(endpoint: str, world: World) -> dict[str, Any]:
    """A body that names the world's object where the route takes it from the body (TMF cancellations)."""
    if endpoint == "tmf.cancel_product_order":
        return {"json": {"productOrder": {"id": str(world.values["order_id"])}}}
    if endpoint == "tmf.cancel_service_order":
        return {"json": {"serviceOrder": {"id": str(world.values["service_order_id"])}}}
    return {"json": {}}


@pytest.fixture()
def world(app: Flask, api: Api, seeded: dict[str, Any]) -> World:  # noqa: F811
    return build(app, api, seeded)


def browsers(app: Flask) -> dict[str, FlaskClient]:
    clients = {}
    for username in [*CALLERS.values(), STRANGER]:
        client = app.test_client()
        assert client.post("/login", data={"username": username, "password": "demo"}).status_code == 302
        clients[username] = client
    clients["anonymous"] = app.test_client()
    return clients


def call(client: FlaskClient, method: str, path: str, username: str | None, body: dict[str, Any]) -> Any:
    headers = Api.headers(username) if is_api(path) and username != "anonymous" else {}
    kwargs = body if is_api(path) and method != "GET" else {}
    return client.open(path, method=method, headers=headers, **kwargs)


def verdict(policy: Policy, role: str | None, username: str, path: str, status: int, location: str) -> str | None:
    """What is wrong with this answer, or None."""
    to_login = status == 302 and "/login" in location
    if policy.roles is None:
        return None
    if role is None:  # anonymous
        wanted = 401 if is_api(path) else 302
        return None if status == wanted and (is_api(path) or to_login) else f"anonymous got {status} {location}"
    if username == STRANGER and policy.owned:
        # 404; a POST that names the order in its body says 400 (TMF622 gives it no 404), as for an unknown one
        return None if status in (404, 400) else f"another customer got {status}, not 404"
    if role not in policy.roles:
        return None if status in (403, 404) else f"role {role} got {status}, not 403"
    if status in (401, 403) or to_login or status >= 500:
        return f"{role} is allowed but got {status}"
    if username == OWNER and policy.owned and status == 404:
        return f"{OWNER} got 404 on her own object"
    return None


def error_shape(path: str, response: Any) -> str | None:
    """A refusal of an API is JSON: ``{"errors": [...]}`` from ``/api/v1``, a TMF ``Error`` from ``/tmf-api``."""
    if not is_api(path) or response.status_code not in (401, 403, 404):
        return None
    body = response.get_json(silent=True) or {}
    if path.startswith("/tmf-api/"):
        ok = body.get("@type") == "Error" and body.get("code") == str(response.status_code) and body.get("reason")
    else:
        ok = isinstance(body.get("errors"), list) and all("message" in e for e in body["errors"])
    return None if ok else f"{response.status_code} without the API's error body: {body}"


def leak(username: str, response: Any) -> str | None:
    """Customer A's marks in what another customer or an anonymous caller was shown."""
    if username not in (STRANGER, "anonymous") or response.status_code >= 300:
        return None
    shown = response.get_data(as_text=True)
    found = [mark for mark in OWNER_MARKS if mark in shown]
    return f"shows customer A's {found}" if found else None


@pytest.mark.usefixtures("seeded")
def test_the_matrix(app: Flask, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    clients = browsers(app)
    from app.extensions import db
    # Every probe's unit of work ends in a rollback: a caller who may cancel the order leaves it to the next.
    monkeypatch.setattr("app.web.commit_if_written", lambda: db.session.rollback())
    app.config["PROPAGATE_EXCEPTIONS"] = False  # a 500 is a finding, not the end of the run
    callers: list[tuple[str | None, str]] = [(None, "anonymous"), *CALLERS.items(), ("customer", STRANGER)]
    failures = []
    for endpoint, method, path in probes(app, world):
        for role, username in callers:
            client = app.test_client() if endpoint in SESSION_ENDPOINTS else clients[username]
            response = call(client, method, path, username, body_for(endpoint, world))
            problem = verdict(POLICY[endpoint], role, username, path, response.status_code,
                              response.headers.get("Location", ""))
            problem = problem or leak(username, response) or error_shape(path, response)
            if problem:
                failures.append(f"{method} {path} ({endpoint}) as {username}: {problem}")
    assert failures == [], "\n".join(failures)


def scoped_callers(app: Flask) -> list[tuple[str, str, str]]:
    """(role, who the verdict takes the caller for, bearer token): a user holding all nine roles, in customer A's
    account, with a token limited to each role in turn; and one in customer B's whose token is limited to customer."""
    from app.auth import service
    from app.auth.roles import ROLES
    from app.database import unit_of_work
    from app.orders.service import list_accounts

    callers = []
    with app.app_context(), unit_of_work():
        accounts = {account.name: account for account in list_accounts()}
        for username, account in (("all_of_a", "Acme Ltd"), ("all_of_b", "Bravo plc")):
            accounts[account].portal_users.append(service.create_user(username, "all-roles", ROLES))
        for role in ROLES:
            callers.append((role, OWNER if role == "customer" else "all_of_a",
                            service.issue_token("all_of_a", roles=[role])))
        callers.append(("customer", STRANGER, service.issue_token("all_of_b", roles=["customer"])))
    return callers


@pytest.mark.usefixtures("seeded")
def test_a_token_limited_to_one_role_is_that_role_on_every_api_route(app: Flask, world: World,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The matrix again over the APIs, each caller a user who holds every role but calls with a token limited to
    one of them: the verdict for that role holds as if a user of that role alone had called (an integration's
    leaked token can do no more than its roles), customer ownership included."""
    from app.extensions import db
    callers = scoped_callers(app)
    monkeypatch.setattr("app.web.commit_if_written", lambda: db.session.rollback())
    app.config["PROPAGATE_EXCEPTIONS"] = False
    client = app.test_client()
    failures = []
    for endpoint, method, path in probes(app, world):
        if not is_api(path):
            continue
        for role, username, token in callers:
            kwargs = body_for(endpoint, world) if method != "GET" else {}
            response = client.open(path, method=method, headers={"Authorization": f"Bearer {token}"}, **kwargs)
            if POLICY[endpoint].password_only:
                problem = None if response.status_code == 403 else f"a token got {response.status_code}, not 403"
            else:
                problem = verdict(POLICY[endpoint], role, username, path, response.status_code,
                                  response.headers.get("Location", ""))
            problem = problem or leak(username, response) or error_shape(path, response)
            if problem:
                failures.append(f"{method} {path} ({endpoint}) with a {role} token ({username}): {problem}")
    assert failures == [], "\n".join(failures)


ANY_IDS = {"order_id": 1, "product_id": 1, "work_item_id": 1, "fallout_id": 1, "alert_id": 1, "instance_id": 1,
           "process_id": "customer_order", "decision_id": "approval_level", "model_id": "customer_order",
           "kind": "process", "case_id": 1, "deployment_id": 1, "migration_id": 1, "version": 1, "rule_id": 1,
           "offering_id": 1, "catalog_id": "1", "category_id": "1", "price_id": "1", "spec_id": "1", "job_id": 1,
           "token_id": 1, "hub_id": 1, "cancellation_id": 1, "service_order_id": 1, "resource_order_id": 1, "name": "x",
           "filename": "ordra.css", "batch_id": 1, "kinds": "processes", "day": "2027-01-05"}
WRITES = {"POST", "PUT", "PATCH", "DELETE"}


def routes(app: Flask, *, api: bool, methods: set[str]) -> list[tuple[str, str]]:
    """(method, path) of every route of the APIs (``api``) or of the pages, for ``methods``."""
    found = []
    with app.test_request_context():
        for rule in app.url_map.iter_rules():
            path = url_for(rule.endpoint, **{n: ANY_IDS[n] for n in rule.arguments if n not in (rule.defaults or {})})
            if is_api(path) == api:
                found += [(method, path) for method in sorted((rule.methods or set()) & methods)]
    return found


def test_every_page_write_needs_the_csrf_token(app: Flask, client: FlaskClient) -> None:
    """A cross-site form cannot act for a logged-in browser: every POST/PUT/DELETE of a page is refused without
    the token, before its view runs (the login form too: no login CSRF)."""
    assert client.post("/login", data={"username": "admin", "password": "demo"}).status_code == 302
    app.config["WTF_CSRF_ENABLED"] = True
    writes = routes(app, api=False, methods=WRITES)
    assert len(writes) >= 50
    refused = {(method, path): client.open(path, method=method, data={"x": "1"}).status_code
               for method, path in writes}
    assert {key: status for key, status in refused.items() if status != 400} == {}


def test_the_apis_take_no_session_cookie(app: Flask, client: FlaskClient) -> None:
    """The APIs are CSRF-exempt because they read only header credentials: a logged-in browser that sends its
    cookie and no Authorization header is anonymous to every one of them."""
    assert client.post("/login", data={"username": "admin", "password": "demo"}).status_code == 302
    calls = routes(app, api=True, methods={"GET"} | WRITES)
    answers = {(method, path): client.open(path, method=method, json={}).status_code for method, path in calls}
    public = {("GET", "/api/v1/openapi.json")}
    assert {key: status for key, status in answers.items() if status != 401 and key not in public} == {}
