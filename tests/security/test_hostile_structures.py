"""Models whose structure, not their code, would hold the engine: an infinite multi-instance cardinality, a
process that calls itself without end, a loop a model test answers forever. Each stops with its reason."""
from __future__ import annotations

import io

from flask import Flask

from tests.helpers import Api

PROCESS = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_{pid}"
                  targetNamespace="http://ordra.example/bpmn">
  <bpmn:process id="{pid}" name="Structure" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    {task}
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
    <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>
"""
INFINITE_MULTI_INSTANCE = """<bpmn:scriptTask id="work" name="Work"><bpmn:incoming>f1</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing>
      <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>1e400</bpmn:loopCardinality>
      </bpmn:multiInstanceLoopCharacteristics><bpmn:script>x = 1</bpmn:script></bpmn:scriptTask>"""
CALLS_ITSELF = """<bpmn:callActivity id="work" name="Again" calledElement="{pid}"><bpmn:incoming>f1</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing></bpmn:callActivity>"""


def deploy(api: Api, pid: str, task: str) -> None:
    body = PROCESS.format(pid=pid, task=task.format(pid=pid)).encode()
    response = api.post("/api/v1/models", data={"files": [(io.BytesIO(body), f"{pid}.bpmn")]},
                        content_type="multipart/form-data")
    assert response.status_code == 201, response.json


def test_an_infinite_multi_instance_cardinality_fails_its_task(api: Api) -> None:
    """``loopCardinality`` 1e400 is infinity: the limit check converted it to an integer and answered 500."""
    deploy(api, "infinite_mi", INFINITE_MULTI_INSTANCE)
    response = api.post("/api/v1/processes/infinite_mi/instances", json={"data": {}})
    assert response.status_code == 201, response.json
    instance = response.json
    assert instance["status"] == "error"
    assert "multi-instance over unboundedly many items" in instance["error"]["message"]


def test_a_process_that_calls_itself_stops_at_the_nesting_limit(api: Api) -> None:
    """Each call opened another called process, each dearer than the last, until the engine's step limit:
    minutes of a worker's time. Now the call 51 levels down fails its task with the reason."""
    deploy(api, "calls_itself", CALLS_ITSELF)
    response = api.post("/api/v1/processes/calls_itself/instances", json={"data": {}})
    assert response.status_code == 201, response.json
    instance = api.get(f"/api/v1/instances/{response.json['id']}").json
    assert instance["status"] == "error", instance
    assert "nested more than 50 deep" in instance["error"]["message"]


SCRIPT = """<bpmn:scriptTask id="work" name="Work"><bpmn:incoming>f1</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing><bpmn:script>{script}</bpmn:script></bpmn:scriptTask>"""


def test_the_saved_cases_one_validate_replays_share_one_cpu_limit(app: Flask, api: Api) -> None:
    """A ``while True`` script ran up to its own 2 s limit in every saved case, one case after another (20 s
    for a validate of a process with 5 cases). The cases of one request now share
    ``MODEL_TESTS_CPU_SECONDS``: once it is used, the next cases stop at once, saying so."""
    deploy(api, "spin", SCRIPT.replace("{script}", "x = 1"))
    for n in range(3):
        saved = api.post("/api/v1/processes/spin/tests", json={
            "name": f"case {n}", "start_data": {"n": n}, "expected_path": ["start", "work", "end"]})
        assert saved.status_code == 201, saved.json
    app.config["MODEL_TESTS_CPU_SECONDS"] = 0.5
    body = PROCESS.format(pid="spin", task=SCRIPT.replace("{script}", "while True:\n    pass")).encode()
    report = api.post("/api/v1/models/validate", data={"files": [(io.BytesIO(body), "spin.bpmn")]},
                      content_type="multipart/form-data").json
    assert report["valid"] is False
    messages = [error["message"] for error in report["errors"]]
    assert len(messages) == 3 and all(error["file"] == "spin.bpmn" for error in report["errors"])
    assert all("CPU-time limit of 0.5 s that the runs of one request share" in m for m in messages), messages
    run = api.post("/api/v1/processes/spin/tests/run").json  # the deployed version: within the limit
    assert [case["passed"] for case in run["cases"]] == [True, True, True]


CONNECTOR_THEN_MULTI_INSTANCE = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:spiffworkflow="http://spiffworkflow.org/bpmn/schema/1.0/core" id="Definitions_settle_then_mi"
                  targetNamespace="http://ordra.example/bpmn">
  <bpmn:process id="settle_then_mi" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="settle" name="Settle"><bpmn:extensionElements>
        <spiffworkflow:serviceTaskOperator id="ordra/settle_customer_request" resultVariable="settlement">
          <spiffworkflow:parameters>
            <spiffworkflow:parameter id="order_id" type="int" value="1"/>
            <spiffworkflow:parameter id="resolution" type="any" value="'done'"/>
            <spiffworkflow:parameter id="note" type="any" value="''"/>
          </spiffworkflow:parameters>
        </spiffworkflow:serviceTaskOperator></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:serviceTask>
    {task}
    <bpmn:endEvent id="end"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="settle" />
    <bpmn:sequenceFlow id="f2" sourceRef="settle" targetRef="work" />
    <bpmn:sequenceFlow id="f3" sourceRef="work" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>
"""


def test_a_task_that_refuses_to_start_after_a_connector_answer_fails_the_case(api: Api) -> None:
    """Recording a connector's answer starts the next task; a multi-instance refused there raised out of the
    engine (a 500 from a test run, a failed job in production) instead of failing that task."""
    task = INFINITE_MULTI_INSTANCE.replace("<bpmn:outgoing>f2</bpmn:outgoing>", "<bpmn:outgoing>f3</bpmn:outgoing>")
    task = task.replace("<bpmn:incoming>f1</bpmn:incoming>", "<bpmn:incoming>f2</bpmn:incoming>")
    body = CONNECTOR_THEN_MULTI_INSTANCE.replace("{task}", task).encode()
    deployed = api.post("/api/v1/models", data={"files": [(io.BytesIO(body), "settle_then_mi.bpmn")]},
                        content_type="multipart/form-data")
    assert deployed.status_code == 201, deployed.json
    saved = api.post("/api/v1/processes/settle_then_mi/tests", json={
        "name": "settles", "connectors": {"settle": {"ok": True}}, "expected_path": ["start", "settle", "work", "end"]})
    assert saved.status_code == 201, saved.json
    run = api.post("/api/v1/processes/settle_then_mi/tests/run")
    assert run.status_code == 200, run.json
    (case,) = run.json["cases"]
    assert case["passed"] is False
    assert "multi-instance over unboundedly many items" in case["first_difference"]["message"]


CIRCLE = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_circle"
                  targetNamespace="http://ordra.example/bpmn">
  <bpmn:process id="circle" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:scriptTask id="first" name="First"><bpmn:incoming>f1</bpmn:incoming><bpmn:incoming>f3</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing><bpmn:script>x = 1</bpmn:script></bpmn:scriptTask>
    <bpmn:scriptTask id="second" name="Second"><bpmn:incoming>f2</bpmn:incoming>
      <bpmn:outgoing>f3</bpmn:outgoing><bpmn:script>y = 2</bpmn:script></bpmn:scriptTask>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="first" />
    <bpmn:sequenceFlow id="f2" sourceRef="first" targetRef="second" />
    <bpmn:sequenceFlow id="f3" sourceRef="second" targetRef="first" />
  </bpmn:process>
</bpmn:definitions>
"""


def test_a_circle_with_no_way_out_is_refused_at_upload(api: Api) -> None:
    """SpiffWorkflow plans a circle's tasks without end: starting such a process (or replaying a case of it)
    failed with a RecursionError, a 500. It is refused at upload, naming the element and its line."""
    files = {"files": [(io.BytesIO(CIRCLE.encode()), "circle.bpmn")]}
    response = api.post("/api/v1/models", data=files, content_type="multipart/form-data")
    assert response.status_code == 422, response.json
    (error,) = response.json["errors"]
    assert error["file"] == "circle.bpmn" and error["element"] == "start" and error["line"] == 5
    assert "can never reach an end" in error["message"] and "3 element(s)" in error["message"]
    report = api.post("/api/v1/models/validate", data={"files": [(io.BytesIO(CIRCLE.encode()), "circle.bpmn")]},
                      content_type="multipart/form-data").json
    assert report["valid"] is False and report["errors"][0]["element"] == "start"
