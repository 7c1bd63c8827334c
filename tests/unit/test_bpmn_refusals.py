"""Refusals of BPMN files in the admin's words, found before or translated from the engine."""
from __future__ import annotations

from typing import Any

from lxml import etree

from app.engine.parsing import BpmnSource
from app.engine.parsing import parse_processes

HEAD = ('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:spiffworkflow="http://spiffworkflow.org/bpmn/schema/1.0/core" id="d" '
        'targetNamespace="http://ordra.example/bpmn">\n')


def errors_of(body: str) -> list[dict[str, Any]]:
    root = etree.fromstring(HEAD + body + "</bpmn:definitions>")
    return parse_processes([BpmnSource("m.bpmn", root)]).errors


def test_a_flow_node_without_id_is_refused_with_its_line() -> None:
    errors = errors_of('<bpmn:process id="p" isExecutable="true">\n<bpmn:startEvent/>\n</bpmn:process>')
    assert errors[0]["line"] == 3 and "start event on line 3 has no id" in errors[0]["message"]


def test_an_extension_property_without_value_is_refused_naming_its_task() -> None:
    errors = errors_of(
        '<bpmn:process id="p" isExecutable="true">\n<bpmn:startEvent id="s"/>\n'
        '<bpmn:userTask id="ask" name="Ask"><bpmn:extensionElements><spiffworkflow:properties>\n'
        '<spiffworkflow:property name="role"/></spiffworkflow:properties></bpmn:extensionElements></bpmn:userTask>\n'
        '</bpmn:process>')
    assert errors[0]["element"] == "ask" and errors[0]["line"] == 4  # the task's line; the message gives the property's
    assert errors[0]["message"] == "user task 'Ask': a property on line 5 lacks 'value'"


def test_a_duplicate_id_names_both_elements() -> None:
    errors = errors_of('<bpmn:process id="p" isExecutable="true">\n<bpmn:startEvent id="x" name="Begin"/>\n'
                       '<bpmn:endEvent id="x" name="Finish"/>\n</bpmn:process>')
    assert errors[0]["line"] == 4 and errors[0]["element"] == "x"
    assert "end event 'Finish' has the id 'x', already used by start event 'Begin' on line 3" == errors[0]["message"]


def test_a_non_executable_diagram_with_a_dangling_flow_is_kept_as_a_diagram() -> None:
    root = etree.fromstring(HEAD + '<bpmn:process id="p" isExecutable="false"><bpmn:startEvent id="s"/>'
                                   '<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="gone"/></bpmn:process>'
                                   '</bpmn:definitions>')
    report = parse_processes([BpmnSource("m.bpmn", root)])
    assert not report.errors
    assert not report.processes[0].executable and "'gone'" in report.processes[0].not_executable_reason


def test_a_message_reference_to_nothing_is_refused() -> None:
    errors = errors_of('<bpmn:process id="p" isExecutable="true">\n<bpmn:startEvent id="s" name="Order in">'
                       '<bpmn:messageEventDefinition messageRef="m404"/></bpmn:startEvent>\n</bpmn:process>')
    assert errors[0]["element"] == "s" and "message 'm404', which the file does not define" in errors[0]["message"]
