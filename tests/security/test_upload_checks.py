"""Upload checks what it says it checks: Python DMN cells are compiled by the sandbox's compiler and Camunda
form fields (their defaults included) are loaded at upload, each error naming its file, line and element.
(They used to be checked only when run: a refused cell failed the decision, and an expression default left
a task nobody could open.)"""
from __future__ import annotations

import io

import pytest

from tests.helpers import Api

PYTHON_DMN = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="defs" name="cells"
             namespace="http://ordra.test">
  <decision id="tier" name="Tier">
    <decisionTable id="table" expressionLanguage="python">
      <input id="in_speed" label="Speed"><inputExpression id="ie" typeRef="integer"><text>speed</text>
        </inputExpression></input>
      <output id="out_tier" name="tier" typeRef="string" />
      <rule id="fast">
        <inputEntry id="fast_in"><text>{input_cell}</text></inputEntry>
        <outputEntry id="fast_out"><text>{output_cell}</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>
"""

CAMUNDA_FORM = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_form_default"
                  targetNamespace="http://ordra.example/bpmn">
  <bpmn:process id="form_default" name="Form default" isExecutable="true">
    <bpmn:laneSet id="LaneSet_form_default">
      <bpmn:lane id="Lane_form_default" name="Fulfillment agent">
        <bpmn:flowNodeRef>start</bpmn:flowNodeRef><bpmn:flowNodeRef>ask</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>end</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="ask" name="Ask">
      <bpmn:extensionElements>
        <camunda:formData>
          <camunda:formField id="speed" label="Speed" type="long" defaultValue="{default}" />
        </camunda:formData>
      </bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="ask" />
    <bpmn:sequenceFlow id="f2" sourceRef="ask" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>
"""


def upload(api: Api, filename: str, content: str) -> tuple[int, list[dict[str, object]]]:
    response = api.post("/api/v1/models", data={"files": [(io.BytesIO(content.encode()), filename)]},
                        content_type="multipart/form-data")
    return response.status_code, (response.json or {}).get("errors", [])


@pytest.mark.parametrize(("input_cell", "output_cell", "refused"), [
    ("&gt; 100", "().__class__.__base__.__subclasses__()", "__class__"),
    ("__import__('os').getpid() &gt; 0", '"gold"', "__import__"),
    ("? &gt; len([c for c in ().__class__.__mro__])", '"gold"', "__class__"),
], ids=["output-dunder", "input-import", "input-question-mark"])
def test_python_cells_the_sandbox_refuses_are_refused_at_upload(api: Api, input_cell: str, output_cell: str,
                                                                 refused: str) -> None:
    status, errors = upload(api, "cells.dmn", PYTHON_DMN.format(input_cell=input_cell, output_cell=output_cell))
    assert status == 422, errors
    assert len(errors) == 1 and errors[0]["file"] == "cells.dmn" and isinstance(errors[0]["line"], int), errors
    assert "refused by the sandbox" in str(errors[0]["message"]) and refused in str(errors[0]["message"]), errors


def test_ordinary_python_cells_are_accepted(api: Api) -> None:
    status, errors = upload(api, "cells.dmn", PYTHON_DMN.format(input_cell="&gt;= 100", output_cell='"gold"'))
    assert status == 201, errors


@pytest.mark.parametrize("default", ["${speed * 2}", "#{speed}", "fast"])
def test_a_camunda_default_that_cannot_load_is_refused_at_upload(api: Api, default: str) -> None:
    status, errors = upload(api, "form_default.bpmn", CAMUNDA_FORM.format(default=default))
    assert status == 422, errors
    [error] = errors
    assert error["element"] == "ask" and error["line"] == CAMUNDA_FORM.splitlines().index(
        '    <bpmn:userTask id="ask" name="Ask">') + 1, error
    assert "user task 'Ask': form field" in str(error["message"]) and "speed" in str(error["message"]), error


def test_a_literal_camunda_default_is_accepted(api: Api) -> None:
    status, errors = upload(api, "form_default.bpmn", CAMUNDA_FORM.format(default="100"))
    assert status == 201, errors


TIMER = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_timed"
                  targetNamespace="http://ordra.example/bpmn">
  <bpmn:process id="timed" name="Timed" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:intermediateCatchEvent id="wait" name="Wait">
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
      <bpmn:timerEventDefinition id="wait_timer"><bpmn:{kind}>{expression}</bpmn:{kind}></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>
"""


@pytest.mark.parametrize(("kind", "expression", "problem"), [
    ("timeDuration", '"P1X"', "'P1X' is not an ISO 8601 duration"),
    ("timeDuration", "5", "gives 5, not the text of an ISO 8601 duration"),
    ("timeDate", '"2026-13-45T10:00:00Z"', "is not an ISO 8601 date-time"),
    ("timeDate", '"PT1H"', "is not an ISO 8601 date-time"),
    ("timeCycle", '"R3/banana"', "is not an ISO 8601 repeating interval"),
])
def test_a_literal_timer_the_engine_cannot_read_is_refused_at_upload(api: Api, kind: str, expression: str,
                                                                     problem: str) -> None:
    status, errors = upload(api, "timed.bpmn", TIMER.format(kind=kind, expression=expression))
    assert status == 422, errors
    [error] = errors
    assert error["element"] == "wait" and problem in str(error["message"]), error
    assert "timer of 'Wait'" in str(error["message"]) and error["line"] == 6, error


@pytest.mark.parametrize(("kind", "expression"), [
    ("timeDuration", '"PT1H"'), ("timeDuration", '"P2DT3H"'), ("timeDate", '"2026-12-31T09:00:00Z"'),
    ("timeCycle", '"R3/PT1H"'), ("timeDuration", '"PT" + str(hours) + "H"'),  # computed: checked when it runs
])
def test_readable_and_computed_timers_are_accepted(api: Api, kind: str, expression: str) -> None:
    status, errors = upload(api, "timed.bpmn", TIMER.format(kind=kind, expression=expression))
    assert status == 201, errors


def test_a_deployment_note_longer_than_its_column_is_422_not_500(api: Api) -> None:
    body = TIMER.format(kind="timeDuration", expression='"PT1H"').encode()
    response = api.post("/api/v1/models", data={"files": [(io.BytesIO(body), "timed.bpmn")], "note": "n" * 501},
                        content_type="multipart/form-data")
    assert response.status_code == 422 and response.json["errors"][0]["field"] == "note", response.json
    response = api.post("/api/v1/models", data={"files": [(io.BytesIO(body), "timed.bpmn")], "note": "n" * 500},
                        content_type="multipart/form-data")
    assert response.status_code == 201, response.json
