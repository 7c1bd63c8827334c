"""Saved workflow state: no spec in it, finished ones compressed, and every earlier form still loads
(plain JSON with the spec in it, plain JSON without it)."""
from __future__ import annotations

import json
from typing import Any

from app.engine import runtime
from app.engine.parsing import BpmnSource
from app.engine.parsing import parse_processes
from app.engine.serializer import serializer
from app.xmlsafe import parse_xml

TWO_STEPS = b"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="two_steps" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="check" name="Check"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:scriptTask id="count" name="Count"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>
      <bpmn:script>n = n + 1</bpmn:script></bpmn:scriptTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="count" />
    <bpmn:sequenceFlow id="f3" sourceRef="count" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>"""
VERSION_ID = 987_654  # the parsed-spec cache is keyed by version id and spec text; a number no test uses


def spec_json() -> str:
    [info] = parse_processes([BpmnSource("two_steps.bpmn", parse_xml(TWO_STEPS, "two_steps.bpmn"))]).processes
    assert info.spec_json is not None
    return info.spec_json


def engine() -> runtime.OrdraScriptEngine:
    def no_decisions(decision_id: str, facts: Any) -> Any:
        raise AssertionError("no decisions here")
    return runtime.OrdraScriptEngine(no_decisions, 2.0)


def waiting_workflow(spec: str) -> Any:
    workflow = runtime.new_workflow(VERSION_ID, "spiff", spec, {"n": 1}, engine())
    assert runtime.run_to_wait(workflow) is None
    return workflow


def finish(spec: str, state: str) -> Any:
    workflow = runtime.load_workflow(VERSION_ID, "spiff", spec, state, engine())
    [task] = runtime.outcome(workflow).user_tasks
    assert runtime.complete_user_task(workflow, task.task_id, {}) is None
    return workflow


def test_a_running_state_is_plain_json_without_the_spec() -> None:
    spec = spec_json()
    state = runtime.dump_workflow("spiff", waiting_workflow(spec))
    saved = json.loads(state)
    assert "spec" not in saved and "subprocess_specs" not in saved and saved["completed"] is False


def test_a_finished_state_is_compressed_and_loads_again() -> None:
    spec = spec_json()
    done = finish(spec, runtime.dump_workflow("spiff", waiting_workflow(spec)))
    assert done.completed and done.data["n"] == 2
    packed = runtime.dump_workflow("spiff", done)
    assert packed.startswith(runtime.PACKED)
    plain = json.dumps(json.loads(runtime._unpacked(packed)))
    assert len(packed) < len(plain) / 2
    again = runtime.load_workflow(VERSION_ID, "spiff", spec, packed, engine())
    assert again.completed and "count" in runtime.completed_task_ids(again)


def test_a_state_saved_with_its_spec_still_loads_and_runs_on() -> None:
    """What Spiff's own converter writes (spec included): how states were saved before they were trimmed."""
    from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
    from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG

    spec = spec_json()
    spiffs_own = BpmnWorkflowSerializer(BpmnWorkflowSerializer.configure(SPIFF_CONFIG))
    with_spec = spiffs_own.to_dict(waiting_workflow(spec))
    assert "spec" in with_spec
    state = json.dumps(with_spec)
    assert finish(spec, state).data["n"] == 2
    assert serializer("spiff") is serializer("spiff")  # one configured serializer per flavour
