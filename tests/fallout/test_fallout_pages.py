"""The fallout pages over Flask's test client: the queue, a case and each action end to end."""
from __future__ import annotations

import html
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete

from app.connectors.models import SimulatorRule
from app.database import unit_of_work
from app.extensions import db
from tests.helpers import DATA
from tests.helpers import REPO
from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place


@pytest.fixture()
def deployed(app: Flask, api: Any) -> None:
    from app.connectors.demo import seed_simulator_rules
    response = api.deploy(REPO / "dmn" / "fallout_policy.dmn", DATA / "models" / "activate_line.bpmn")
    assert response.status_code == 201, response.json
    with app.app_context(), unit_of_work():
        seed_simulator_rules()


def login(client: FlaskClient, username: str) -> None:
    response = client.post("/login", data={"username": username, "password": "demo"})
    assert response.status_code == 302


def fall_out(api: Any, postcode: str = "ZZ1 1ZZ") -> tuple[int, int]:
    """Start activate_line for a refused postcode; return the instance id and its fallout id."""
    instance = api.post("/api/v1/processes/activate_line/instances", json={"data": {"site_postcode": postcode}}).json
    cases = [c for c in api.get("/api/v1/fallouts", user="fallout").json if c["instance_id"] == instance["id"]]
    assert len(cases) == 1, cases
    return instance["id"], cases[0]["id"]


def instance_status(api: Any, instance_id: int) -> str:
    return str(api.get(f"/api/v1/instances/{instance_id}").json["status"])


def test_queue_lists_open_cases_oldest_first_and_filters(client: FlaskClient, api: Any, deployed: None) -> None:
    _, first = fall_out(api, "ZZ1 1ZZ")
    _, second = fall_out(api, "ZZ2 2ZZ")
    login(client, "fallout")
    page = client.get("/fallout/").get_data(as_text=True)
    assert page.index(f'data-fallout="{first}"') < page.index(f'data-fallout="{second}"')
    assert "network capacity" in page and "PORT_UNAVAILABLE" in page
    by_connector = client.get("/fallout/?connector=provisioning/activate").get_data(as_text=True)
    assert f'data-fallout="{first}"' in by_connector
    assert 'data-fallout=' not in client.get("/fallout/?category=transient").get_data(as_text=True)
    assert 'data-fallout=' not in client.get("/fallout/?older_than=2").get_data(as_text=True)
    assert f'data-fallout="{first}"' in client.get("/fallout/?older_than=0").get_data(as_text=True)
    assert 'data-fallout=' not in client.get("/fallout/?status=resolved").get_data(as_text=True)
    assert 'data-fallout=' not in client.get("/fallout/?order=999").get_data(as_text=True)
    bad = client.get("/fallout/?order=abc&older_than=-1")
    assert bad.status_code == 422
    assert bad.get_data(as_text=True).count('class="field-error"') == 2


@pytest.mark.parametrize("query", ["order=2147483648", "order=99999999999999999999", "older_than=99999999999",
                                   "older_than=1e308"])
def test_queue_filters_beyond_an_id_or_a_date_are_422_on_the_page(client: FlaskClient, query: str) -> None:
    """An order id over the id column overflowed the query (SQLite's OverflowError, PostgreSQL's integer out of
    range) and a number of hours over what a date can go back overflowed the cut-off date: 500s."""
    login(client, "fallout")
    page = client.get(f"/fallout/?{query}")
    assert page.status_code == 422
    assert page.get_data(as_text=True).count('class="field-error"') == 1


def test_case_page_shows_error_payload_policy_and_history(client: FlaskClient, api: Any, deployed: None) -> None:
    instance_id, case_id = fall_out(api)
    login(client, "fallout")
    page = client.get(f"/fallout/{case_id}").get_data(as_text=True)
    for expected in ("PORT_UNAVAILABLE", "no free access port at the serving exchange", "provisioning/activate",
                     '"site_postcode": "ZZ1 1ZZ"', "“Activate line”", f"/instances/{instance_id}",
                     "fallout_policy", 'class="matched-rule"', '"category": "network capacity"',
                     'id="fallout-attempts">1<', "<strong>failed</strong>", "Fix data and retry",
                     'name="site_postcode"', 'value="ZZ1 1ZZ"'):
        assert expected in page, expected
    assert client.get("/fallout/999").status_code == 404


def test_retry_as_is_records_another_attempt(client: FlaskClient, api: Any, deployed: None) -> None:
    instance_id, case_id = fall_out(api)
    login(client, "fallout")
    response = client.post(f"/fallout/{case_id}/retry")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/fallout/{case_id}")
    page = client.get(f"/fallout/{case_id}").get_data(as_text=True)
    assert "Retried: fallout" in page and 'class="state state-open">open<' in page
    assert 'id="fallout-attempts">2<' in page
    assert instance_status(api, instance_id) == "error"


def test_fix_data_and_retry_completes_the_instance(client: FlaskClient, api: Any, deployed: None) -> None:
    instance_id, case_id = fall_out(api)
    login(client, "fallout")
    invalid = client.post(f"/fallout/{case_id}/fix", data={"site_postcode": "", "service": "internet"})
    assert invalid.status_code == 422
    assert 'id="site_postcode-error"' in invalid.get_data(as_text=True)
    fixed = client.post(f"/fallout/{case_id}/fix", data={"site_postcode": "SW1A 1AA", "service": "internet"},
                        follow_redirects=True)
    assert fixed.status_code == 200 and 'class="state state-resolved">resolved<' in fixed.get_data(as_text=True)
    assert instance_status(api, instance_id) == "completed"
    case = api.get(f"/api/v1/fallouts/{case_id}", user="fallout").json
    retried = [e for e in case["events"] if e["kind"] == "retried"]
    assert retried[-1]["detail"]["data"] == {"site_postcode": "SW1A 1AA"} and retried[-1]["actor"] == "fallout"
    assert client.post(f"/fallout/{case_id}/retry").status_code == 409


def test_skip_needs_a_reason_and_valid_json(client: FlaskClient, api: Any, deployed: None) -> None:
    instance_id, case_id = fall_out(api)
    login(client, "fallout")
    missing = client.post(f"/fallout/{case_id}/skip", data={"skip-reason": "", "skip-data": "[1"})
    text = missing.get_data(as_text=True)
    assert missing.status_code == 422
    assert "say why the task is skipped" in text and "not valid JSON" in text
    for data, message in (("[" * 1000 + "]" * 1000, "nests deeper than"), ('{"port": NaN}', "must be a finite number")):
        refused = client.post(f"/fallout/{case_id}/skip", data={"skip-reason": "by hand", "skip-data": data})
        assert refused.status_code == 422 and message in refused.get_data(as_text=True)  # the first was a 500
    page = html.unescape(client.get(f"/fallout/{case_id}").get_data(as_text=True))
    assert 'placeholder="{"activation": {"service_id": "…", "status": "…"}}"' in page  # what the call answers
    partial = client.post(f"/fallout/{case_id}/skip", data={
        "skip-reason": "activated by hand", "skip-data": '{"activation": {"access_port": "ge-0/0/7"}}'})
    assert partial.status_code == 422
    assert "data.activation: provisioning/activate never answers so: 'service_id' is a required property" \
        in html.unescape(partial.get_data(as_text=True))
    done = client.post(f"/fallout/{case_id}/skip", data={
        "skip-reason": "activated by hand",
        "skip-data": '{"activation": {"service_id": "SVC-BY-HAND", "access_port": "ge-0/0/7", "status": "active"}}'})
    assert done.status_code == 302
    final = api.get(f"/api/v1/instances/{instance_id}").json
    assert final["status"] == "completed" and final["data"]["port"] == "ge-0/0/7"


def test_cancel_with_a_reason(client: FlaskClient, api: Any, deployed: None) -> None:
    instance_id, case_id = fall_out(api)
    login(client, "fallout")
    assert client.post(f"/fallout/{case_id}/cancel", data={"cancel-reason": ""}).status_code == 422
    response = client.post(f"/fallout/{case_id}/cancel", data={"cancel-reason": "customer left"},
                           follow_redirects=True)
    assert 'class="state state-cancelled">cancelled<' in response.get_data(as_text=True)
    assert instance_status(api, instance_id) == "cancelled"


def test_reassign_to_a_role_or_a_person(client: FlaskClient, api: Any, deployed: None) -> None:
    _, case_id = fall_out(api)
    login(client, "fallout")
    assert client.post(f"/fallout/{case_id}/reassign", data={"reassign-target": "agent"}).status_code == 422
    client.post(f"/fallout/{case_id}/reassign", data={"reassign-target": "fallout_manager"})
    assert api.get(f"/api/v1/fallouts/{case_id}", user="fallout").json["assign_to"] == "fallout_manager"
    page = client.post(f"/fallout/{case_id}/reassign", data={"reassign-target": "falloutmgr"},
                       follow_redirects=True).get_data(as_text=True)
    assert 'id="fallout-assignment">fallout manager · falloutmgr<' in page
    events = api.get(f"/api/v1/fallouts/{case_id}", user="fallout").json["events"]
    assert [e["detail"]["to"] for e in events if e["kind"] == "reassigned"] == ["fallout_manager", "falloutmgr"]


def test_pages_are_for_fallout_roles_only(client: FlaskClient, api: Any, deployed: None) -> None:
    _, case_id = fall_out(api)
    assert client.get("/fallout/").status_code == 302  # to the login page
    login(client, "agent")
    assert client.get("/fallout/").status_code == 403
    assert client.get(f"/fallout/{case_id}").status_code == 403
    assert client.post(f"/fallout/{case_id}/retry").status_code == 403
    assert client.get("/fallout/dashboard").status_code == 403
    assert instance_status(api, 1) == "error"


def test_simulator_rules_add_edit_delete_with_validation(app: Flask, client: FlaskClient) -> None:
    from app.connectors.models import SimulatorRule
    from app.extensions import db
    login(client, "admin")
    assert "No rules" in client.get("/simulator/").get_data(as_text=True)
    bad = client.post("/simulator/rules", data={"connector": "nope", "error_code": "", "rate": "2",
                                                "match_prefix": "ZZ"})
    text = bad.get_data(as_text=True)
    assert bad.status_code == 422
    for message in ("Not a valid choice", "an error code is required", "a rate is between 0 and 1"):
        assert message in text, message
    no_field = client.post("/simulator/rules", data={"connector": "inventory/reserve", "error_code": "TIMEOUT",
                                                     "rate": "0.5", "match_prefix": "ZZ", "enabled": "y"})
    assert no_field.status_code == 422
    assert 'id="match_field-error">name the input parameter' in no_field.get_data(as_text=True)
    added = client.post("/simulator/rules", follow_redirects=True, data={
        "connector": "inventory/reserve", "error_code": "TIMEOUT", "rate": "0.5", "enabled": "y"})
    assert "inventory/reserve fails with TIMEOUT" in added.get_data(as_text=True)
    with app.app_context():
        rule = db.session.scalars(db.select(SimulatorRule)).one()
        assert (rule.rate, rule.enabled, rule.match_field) == (0.5, True, "")
        rule_id = rule.id
    assert 'value="TIMEOUT"' in client.get(f"/simulator/rules/{rule_id}").get_data(as_text=True)
    assert client.post(f"/simulator/rules/{rule_id}", data={"connector": "inventory/reserve", "error_code": "X",
                                                            "rate": "-1"}).status_code == 422
    saved = client.post(f"/simulator/rules/{rule_id}", data={
        "connector": "provisioning/activate", "error_code": "PORT_UNAVAILABLE", "rate": "1",
        "match_field": "site_postcode", "match_prefix": "ZZ"})
    assert saved.status_code == 302
    with app.app_context():
        rule = db.session.get(SimulatorRule, rule_id)
        assert rule is not None
        assert (rule.connector, rule.match_prefix, rule.enabled) == ("provisioning/activate", "ZZ", False)
    assert client.post(f"/simulator/rules/{rule_id}/delete").status_code == 302
    assert "No rules" in client.get("/simulator/").get_data(as_text=True)
    assert client.post(f"/simulator/rules/{rule_id}/delete").status_code == 404


def test_simulator_is_for_process_admins(client: FlaskClient) -> None:
    login(client, "fallout")
    assert client.get("/simulator/").status_code == 403
    assert client.post("/simulator/rules", data={}).status_code == 403


def test_the_queue_and_the_case_say_when_a_case_is_due_and_whether_it_is_late(app: Flask, client: FlaskClient,
                                                                              api: Any, deployed: None) -> None:
    from datetime import timedelta

    from app.database import utcnow
    from app.jeopardy.service import check

    assert api.deploy(REPO / "dmn" / "jeopardy_sla.dmn").status_code == 201  # fallout cases: due in 8 hours
    _, case_id = fall_out(api)
    with app.app_context(), unit_of_work():
        check(utcnow() + timedelta(hours=9))
    login(client, "fallout")
    row = client.get("/fallout/").get_data(as_text=True).split(f'data-fallout="{case_id}"')[1].split("</tr>")[0]
    assert '<td class="fallout-due">' in row and ">Late</span>" in row  # the queue said neither
    case = client.get(f"/fallout/{case_id}").get_data(as_text=True)
    assert '<dt>Due (UTC)</dt><dd id="fallout-due">' in case and ">Late</span>" in case


def test_retry_as_is_can_retry_the_order_s_other_cases_of_the_same_cause(app: Flask, client: FlaskClient,
                                                                          seeded: dict[str, Any]) -> None:
    """A system down fails each of an order's calls to it: once it is back, one "Retry as is" retries them all
    (before, the agent pressed it once per case; only a data fix offered the order's other cases)."""
    api = Api(app.test_client())
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="inventory/reserve", error_code="DOWN", message="system down"))
    order_id = place(api, fibre_bundle(seeded, external_id="RETRY-SAME-CAUSE"))
    approve(api, order_id)
    first, *others = [c["id"] for c in api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json]
    assert others, "each reservation failed"
    with app.app_context(), unit_of_work():
        db.session.execute(delete(SimulatorRule))
    login(client, "fallout")
    page = client.get(f"/fallout/{first}").get_data(as_text=True)
    assert 'id="retry-same-cause"' in page
    response = client.post(f"/fallout/{first}/retry", data={"same_cause": "1"}, follow_redirects=True)
    numbers = ", ".join(f"#{case}" for case in others)
    said = "case" if len(others) == 1 else "cases"
    assert (f"Retried: fallout #{first}, and the order&#39;s {len(others)} other {said} of the same cause: "
            f"{numbers}.") in response.get_data(as_text=True)
    statuses = {c["id"]: c["status"] for c in api.get(f"/api/v1/fallouts?order={order_id}&status=",
                                                          user="fallout").json}
    assert set(statuses.values()) == {"resolved"}, statuses
