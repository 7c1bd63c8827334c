"""A lane named "Customer" gives its user tasks to the role customer, which every customer holds: each of them
may see and complete only those of their own account's orders."""
from __future__ import annotations

import io
from typing import Any

from flask import Flask
from sqlalchemy import select

from app.database import unit_of_work
from app.extensions import db
from tests.helpers import Api
from tests.orchestration.flow import ORDERS
from tests.orchestration.flow import fibre_bundle
from tests.orders.conftest import seeded  # noqa: F401  (the shipped models, the demo catalog and accounts)
from tests.workspace.workspace_support import login

CONFIRM = b"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://x">
  <bpmn:process id="confirm_visit" name="Confirm the visit" isExecutable="true">
    <bpmn:laneSet id="ls"><bpmn:lane id="lane" name="Customer"><bpmn:flowNodeRef>s</bpmn:flowNodeRef>
      <bpmn:flowNodeRef>confirm</bpmn:flowNodeRef><bpmn:flowNodeRef>e</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="confirm" name="Confirm the engineer's visit"><bpmn:incoming>f1</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="confirm"/>
    <bpmn:sequenceFlow id="f2" sourceRef="confirm" targetRef="e"/>
  </bpmn:process>
</bpmn:definitions>"""


def customer_task_of_alices_order(app: Flask, api: Api, seeded: dict[str, Any]) -> int:  # noqa: F811
    deployed = api.post("/api/v1/models", data={"files": [(io.BytesIO(CONFIRM), "confirm_visit.bpmn")]},
                        content_type="multipart/form-data")
    assert deployed.status_code == 201, deployed.json
    order_id = api.post(ORDERS, user="alice", json=fibre_bundle(seeded, "CONFIRM-1", account="Acme Ltd")).json["id"]
    from app.inbox.models import WorkItem
    from app.instances.service import start_process
    with app.app_context(), unit_of_work():
        instance = start_process("confirm_visit", {}, actor_id=None, order_id=int(order_id))
        item = db.session.scalar(select(WorkItem).where(WorkItem.instance_id == instance.id))
        assert item is not None and item.role == "customer"
        return int(item.id)


def test_a_customer_task_is_only_for_the_customer_whose_order_it_is(app: Flask, api: Api,
                                                                    seeded: dict[str, Any]) -> None:  # noqa: F811
    item_id = customer_task_of_alices_order(app, api, seeded)
    assert [t["id"] for t in api.get("/api/v1/tasks", user="alice").json] == [item_id]
    assert api.get("/api/v1/tasks", user="bob").json == []
    assert api.get("/api/v1/tasks?role=customer", user="bob").json == []
    for path in (f"/api/v1/tasks/{item_id}", f"/api/v1/tasks/{item_id}/claim", f"/api/v1/tasks/{item_id}/complete"):
        answer = api.get(path, user="bob") if path.endswith(str(item_id)) else api.post(path, user="bob", json={})
        assert answer.status_code == 404, (path, answer.json)
    bob = app.test_client()
    login(bob, "bob")
    assert "Confirm the engineer" not in bob.get("/").get_data(as_text=True)
    assert bob.get(f"/tasks/{item_id}").status_code == 404
    assert bob.post(f"/tasks/{item_id}", data={}).status_code == 404
    assert api.post(f"/api/v1/tasks/{item_id}/complete", user="alice", json={"data": {}}).status_code == 200
