"""The whole path over HTTP: deploy, start, two lanes, a form, a script, a DMN table, a gateway."""
from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers import CHANGE_REQUEST_FILES as FILES
from tests.helpers import REPO

GOOD = {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": True,
        "floor": 3, "notes": "Back entrance"}


@pytest.fixture()
def deployed(api: Any) -> dict[str, Any]:
    response = api.deploy(*FILES)
    assert response.status_code == 201, response.json
    return response.json


def start(api: Any, data: dict[str, Any] | None = None) -> dict[str, Any]:
    response = api.post("/api/v1/processes/change_request/instances", user="agent",
                        json={"data": data or {"customer": "Acme Ltd"}})
    assert response.status_code == 201, response.json
    return response.json


def open_task(api: Any, instance_id: int, user: str) -> dict[str, Any]:
    tasks = [t for t in api.get("/api/v1/tasks", user=user).json if t["instance_id"] == instance_id]
    assert len(tasks) == 1, tasks
    return tasks[0]


def test_deploy_reports_what_it_stored(deployed: dict[str, Any]) -> None:
    assert deployed["version"] == deployed["deployment"]
    assert [p["id"] for p in deployed["processes"]] == ["change_request"]
    assert deployed["processes"][0]["version"] == 1
    assert [d["id"] for d in deployed["decisions"]] == ["approval_level"]
    assert {f["file"] for f in deployed["forms"]} == {"technical_details.json", "approval.json"}


def test_high_bandwidth_change_goes_to_the_approver(api: Any, deployed: dict[str, Any]) -> None:
    instance = start(api)
    assert instance["status"] == "waiting"
    task = open_task(api, instance["id"], "fulfiller")
    assert task["name"] == "Enter technical details" and task["role"] == "fulfillment_agent"
    assert api.get("/api/v1/tasks", user="approver").json == []

    detail = api.get(f"/api/v1/tasks/{task['id']}", user="fulfiller").json
    assert detail["form"]["properties"]["bandwidth"]["enum"] == [100, 500, 1000]
    file_order = list(json.loads((REPO / "forms" / "technical_details.json").read_text())["properties"])
    assert list(detail["form"]["properties"]) == file_order  # the form's fields in order, not sorted by name
    assert "Acme Ltd" in detail["instructions"]

    done = api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": GOOD})
    assert done.status_code == 200, done.json
    after = api.get(f"/api/v1/instances/{instance['id']}", user="agent").json
    assert after["data"]["surcharge"] == 50
    assert after["data"]["approval_needed"] is True
    assert after["data"]["level"] == "high bandwidth"
    assert after["data"]["summary"] == "1000 Mbps at SW1A 1AA"

    approval = open_task(api, instance["id"], "approver")
    assert approval["role"] == "order_approver"
    ok = api.post(f"/api/v1/tasks/{approval['id']}/complete", user="approver",
                  json={"data": {"decision": "approve", "reason": "capacity checked"}})
    assert ok.status_code == 200, ok.json
    final = api.get(f"/api/v1/instances/{instance['id']}", user="agent").json
    assert final["status"] == "completed"
    assert final["data"]["decision"] == "approve"
    kinds = [e["kind"] for e in final["events"]]
    assert kinds[0] == "started" and kinds[-1] == "completed"
    completions = [e for e in final["events"] if e["kind"] == "task_completed"]
    assert [(e["task"], e["actor"]) for e in completions] == [
        ("Enter technical details", "fulfiller"), ("Approve change", "approver")]
    decision = next(e for e in final["events"] if e["kind"] == "decision")
    assert decision["task"] == "approval_level"


def test_small_change_is_auto_approved_by_the_table(api: Any, deployed: dict[str, Any]) -> None:
    instance = start(api)
    task = open_task(api, instance["id"], "fulfiller")
    data = {**GOOD, "bandwidth": 100, "cabling_needed": False}
    assert api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": data}).status_code == 200
    final = api.get(f"/api/v1/instances/{instance['id']}").json
    assert final["status"] == "completed"
    assert final["data"]["level"] == "standard" and final["data"]["approval_needed"] is False


def test_invalid_form_data_gets_one_message_per_field_and_changes_nothing(api: Any, deployed: dict[str, Any]) -> None:
    instance = start(api)
    task = open_task(api, instance["id"], "fulfiller")
    bad = {"bandwidth": 123, "site_postcode": "nowhere", "floor": 99}
    response = api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": bad})
    assert response.status_code == 422
    fields = {e["field"] for e in response.json["errors"]}
    assert fields == {"bandwidth", "site_postcode", "install_date", "floor"}
    assert open_task(api, instance["id"], "fulfiller")["status"] == "open"


def test_wrong_role_cannot_see_or_complete(api: Any, deployed: dict[str, Any]) -> None:
    instance = start(api)
    task = open_task(api, instance["id"], "fulfiller")
    assert api.get(f"/api/v1/tasks/{task['id']}", user="approver").status_code == 403
    response = api.post(f"/api/v1/tasks/{task['id']}/complete", user="approver", json={"data": GOOD})
    assert response.status_code == 403
    assert api.get(f"/api/v1/tasks/{task['id']}", user="fulfiller").json["status"] == "open"
    assert api.get("/api/v1/tasks/999999", user="fulfiller").status_code == 404


def test_double_completion_is_a_conflict(api: Any, deployed: dict[str, Any]) -> None:
    instance = start(api)
    task = open_task(api, instance["id"], "fulfiller")
    first = api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": GOOD})
    assert first.status_code == 200
    before = api.get(f"/api/v1/instances/{instance['id']}").json
    second = api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": GOOD})
    assert second.status_code == 409
    after = api.get(f"/api/v1/instances/{instance['id']}").json
    assert after["events"] == before["events"] and after["data"] == before["data"]


def test_claimed_task_is_reserved_for_its_claimant(api: Any, deployed: dict[str, Any], app: Any) -> None:
    from app.auth.service import create_user
    from app.database import unit_of_work
    with app.app_context(), unit_of_work():
        create_user("fulfiller2", "demo", ["fulfillment_agent"], min_password=1)
    instance = start(api)
    task = open_task(api, instance["id"], "fulfiller")
    claimed = api.post(f"/api/v1/tasks/{task['id']}/claim", user="fulfiller")
    assert claimed.status_code == 200 and claimed.json["assignee"] == "fulfiller"
    assert api.post(f"/api/v1/tasks/{task['id']}/claim", user="fulfiller2").status_code == 409
    response = api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller2", json={"data": GOOD})
    assert response.status_code == 409
    assert api.post(f"/api/v1/tasks/{task['id']}/unclaim", user="fulfiller").status_code == 200
    assert api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller2", json={"data": GOOD}).status_code == 200


def test_running_instances_keep_their_version(api: Any, deployed: dict[str, Any]) -> None:
    old = start(api)
    changed = FILES[0].read_text().replace("Approve change", "Approve the change")
    response = api.post("/api/v1/models", data={"files": [(__import__("io").BytesIO(changed.encode()),
                                                          "change_request.bpmn")]},
                        content_type="multipart/form-data")
    assert response.status_code == 201, response.json
    assert response.json["processes"][0]["version"] == 2
    new = start(api)
    assert (old["version"], new["version"]) == (1, 2)
    for instance, title in ((old, "Approve change"), (new, "Approve the change")):
        task = open_task(api, instance["id"], "fulfiller")
        api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": GOOD})
        assert open_task(api, instance["id"], "approver")["name"] == title


def test_unauthenticated_and_bad_credentials(api: Any, deployed: dict[str, Any]) -> None:
    assert api.get("/api/v1/tasks", user=None).status_code == 401
    bad = api.client.get("/api/v1/tasks", headers={"Authorization": "Basic Zm9vOmJhcg=="})
    assert bad.status_code == 401 and bad.json["errors"][0]["message"]
    assert api.client.get("/api/v1/tasks", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_bearer_token(api: Any, app: Any, deployed: dict[str, Any]) -> None:
    from app.auth.service import issue_token
    from app.database import unit_of_work
    with app.app_context(), unit_of_work():
        token = issue_token("fulfiller")
    response = api.client.get("/api/v1/tasks", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_starting_needs_a_known_executable_process(api: Any, deployed: dict[str, Any]) -> None:
    assert api.post("/api/v1/processes/nope/instances", user="agent", json={}).status_code == 404
    assert api.post("/api/v1/processes/change_request/instances", user="fulfiller", json={}).status_code == 403
    malformed = api.post("/api/v1/processes/change_request/instances", user="agent", data="{not json",
                         content_type="application/json")
    assert malformed.status_code == 400
    assert api.post("/api/v1/processes/change_request/instances", user="agent",
                    json={"data": [1, 2]}).status_code == 422


def test_an_unknown_instance_is_not_found(api: Any, deployed: dict[str, Any]) -> None:
    missing = api.get("/api/v1/instances/424242", user="agent")
    assert missing.status_code == 404 and missing.json["errors"][0]["message"] == "no instance 424242"
