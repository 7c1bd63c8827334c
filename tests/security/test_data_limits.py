"""Process data a person or an API call gives an instance holds at most ``MAX_VALUES`` values (a list of
1,000,000 numbers, 2 MB of JSON, was stored, and every later step on the instance copied, loaded and saved it
for seconds): 422 naming the place, nothing stored."""
from __future__ import annotations

import io
import json
from typing import Any

from flask import Flask

from app.engine.models import ProcessInstance
from app.extensions import db
from app.task_data import MAX_VALUES
from tests.helpers import Api
from tests.security.test_hostile_models import deploy_script
from tests.security.test_token_roles import statements

TOO_MANY = {"note": "x", "items": list(range(MAX_VALUES))}  # the list and its items: one value too many


def _instances(app: Flask) -> int:
    with app.app_context():
        return db.session.query(ProcessInstance).count()


def test_an_api_start_with_too_many_values_is_422_naming_the_place(app: Flask, api: Api) -> None:
    deploy_script(api, "plain", "y = 1")
    before = _instances(app)
    refused = api.post("/api/v1/processes/plain/instances", json={"data": TOO_MANY})
    assert refused.status_code == 422, refused.json
    error = refused.json["errors"][0]
    assert error["field"] == "data.items" and "past the 100,000 values it may hold" in error["message"], error
    assert _instances(app) == before
    assert api.post("/api/v1/processes/plain/instances", json={"data": {"items": [1, 2]}}).status_code == 201


def test_the_instances_page_refuses_too_many_values_on_its_form(app: Flask, api: Api) -> None:
    deploy_script(api, "plain", "y = 1")
    client = app.test_client()
    assert client.post("/login", data={"username": "admin", "password": "demo"}).status_code == 302
    before = _instances(app)
    page = client.post("/instances/start", data={"process_id": "plain", "data": json.dumps(TOO_MANY)})
    assert page.status_code == 422 and b"past the 100,000 values it may hold" in page.data
    assert _instances(app) == before


def test_a_retry_or_skip_with_too_many_values_is_422_and_the_case_stays(api: Api) -> None:
    deploy_script(api, "fails", "x = 1e308 * 10")
    instance: dict[str, Any] = api.post("/api/v1/processes/fails/instances", json={"data": {}}).json
    assert instance["status"] == "error"
    retried = api.post(f"/api/v1/instances/{instance['id']}/retry", json={"data": TOO_MANY})
    assert retried.status_code == 422 and retried.json["errors"][0]["field"] == "data.items", retried.json
    case = next(c for c in api.get("/api/v1/fallouts").json if c["instance_id"] == instance["id"])
    skipped = api.post(f"/api/v1/fallouts/{case['id']}/skip", json={"data": TOO_MANY, "reason": "done by hand"})
    assert skipped.status_code == 422, skipped.json
    assert api.get(f"/api/v1/instances/{instance['id']}").json["status"] == "error"


WAITS = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D_waits"
                  targetNamespace="http://ordra.example/bpmn">
  <bpmn:process id="waits" name="Waits" isExecutable="true">
    <bpmn:laneSet id="ls"><bpmn:lane id="l" name="Fulfillment agent">
      <bpmn:flowNodeRef>start</bpmn:flowNodeRef><bpmn:flowNodeRef>look</bpmn:flowNodeRef>
      <bpmn:flowNodeRef>end</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="look" name="Look"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="look" />
    <bpmn:sequenceFlow id="f2" sourceRef="look" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>
"""


def test_task_lists_and_claims_leave_the_tasks_data_unread(app: Flask, api: Api) -> None:
    """A work item keeps a copy of its task's data: the inbox and a claim loaded it for every item they touched
    (seconds for an instance of a big list), though they show none of it."""
    deployed = api.post("/api/v1/models", data={"files": [(io.BytesIO(WAITS.encode()), "waits.bpmn")]},
                        content_type="multipart/form-data")
    assert deployed.status_code == 201, deployed.json
    started = api.post("/api/v1/processes/waits/instances", json={"data": {"items": list(range(1000))}})
    with app.app_context(), statements() as sent:
        listed = api.get("/api/v1/tasks", user="fulfiller").json
        item = next(i for i in listed if i["instance_id"] == started.json["id"])
        assert api.post(f"/api/v1/tasks/{item['id']}/claim", user="fulfiller").status_code == 200
    assert sent and not [s for s in sent if "task_data" in s], [s for s in sent if "task_data" in s]
    loaded = [s for s in sent if "process_instances.data" in s]
    assert not loaded, loaded  # the instance's data neither (the answer shows only its order)
    shown = api.get(f"/api/v1/tasks/{item['id']}", user="fulfiller").json
    assert shown["data"]["items"] == list(range(1000))  # shown where it is asked for
    done = api.post(f"/api/v1/tasks/{item['id']}/complete", user="fulfiller", json={"data": {}})
    assert done.status_code == 200, done.json
