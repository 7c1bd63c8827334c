"""The diagram counts how often a loop ran an element, and marks a cancelled instance's open work cancelled."""
from __future__ import annotations

import io
from typing import Any

LOOP = b"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:spiffworkflow="http://spiffworkflow.org/bpmn/schema/1.0/core" id="d_loop" targetNamespace="t">
  <bpmn:process id="review_loop" name="Review until done" isExecutable="true">
    <bpmn:laneSet id="ls"><bpmn:lane id="lane_agent" name="Order agent">
      <bpmn:flowNodeRef>s</bpmn:flowNodeRef><bpmn:flowNodeRef>review</bpmn:flowNodeRef>
      <bpmn:flowNodeRef>again</bpmn:flowNodeRef><bpmn:flowNodeRef>e</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="review" name="Review"><bpmn:extensionElements><spiffworkflow:properties>
      <spiffworkflow:property name="formJsonSchemaFilename" value="review_loop.json"/></spiffworkflow:properties>
      </bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:incoming>f3</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:exclusiveGateway id="again" name="Again?" default="f4"><bpmn:incoming>f2</bpmn:incoming>
      <bpmn:outgoing>f3</bpmn:outgoing><bpmn:outgoing>f4</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:endEvent id="e"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review"/>
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="again"/>
    <bpmn:sequenceFlow id="f3" sourceRef="again" targetRef="review">
      <bpmn:conditionExpression>again == "yes"</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="again" targetRef="e"/>
  </bpmn:process>
</bpmn:definitions>"""
FORM = b'{"type": "object", "properties": {"again": {"type": "string", "enum": ["yes", "no"]}}}'


def _start(api: Any) -> int:
    deployed = api.post("/api/v1/models", data={"files": [(io.BytesIO(LOOP), "review_loop.bpmn"),
                                                             (io.BytesIO(FORM), "review_loop.json")]},
                        content_type="multipart/form-data")
    assert deployed.status_code == 201, deployed.json
    started = api.post("/api/v1/processes/review_loop/instances", user="agent", json={"data": {}})
    assert started.status_code == 201, started.json
    return int(started.json["id"])


def _complete_open_task(api: Any, instance_id: int, data: dict[str, Any]) -> None:
    task = next(t for t in api.get(f"/api/v1/instances/{instance_id}").json["tasks"] if t["status"] == "open")
    done = api.post(f"/api/v1/tasks/{task['id']}/complete", user="agent", json={"data": data})
    assert done.status_code == 200, done.json


def test_a_loop_counts_each_run_and_the_model_without_layout_gets_one(api: Any) -> None:
    instance_id = _start(api)
    _complete_open_task(api, instance_id, {"again": "yes"})
    _complete_open_task(api, instance_id, {"again": "yes"})
    body = api.get(f"/api/v1/instances/{instance_id}/diagram").json
    assert body["elements"]["review"]["count"] == 3 and body["elements"]["review"]["state"] == "active"
    assert body["elements"]["again"] == {**body["elements"]["again"], "state": "completed", "count": 2}
    assert "BPMNShape" in body["bpmn"] and 'bpmnElement="lane_agent"' in body["bpmn"]  # laid out when drawn
    _complete_open_task(api, instance_id, {"again": "no"})
    elements = api.get(f"/api/v1/instances/{instance_id}/diagram").json["elements"]
    assert elements["review"] == {**elements["review"], "state": "completed", "count": 3}
    assert elements["e"]["state"] == "completed"


def test_a_cancelled_instance_shows_its_open_work_cancelled(api: Any) -> None:
    instance_id = _start(api)
    assert api.post(f"/api/v1/instances/{instance_id}/cancel", json={"reason": "test"}).status_code == 200
    elements = api.get(f"/api/v1/instances/{instance_id}/diagram").json["elements"]
    assert elements["review"]["state"] == "cancelled" and elements["s"]["state"] == "completed"
