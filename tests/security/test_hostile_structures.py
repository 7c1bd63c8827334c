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
