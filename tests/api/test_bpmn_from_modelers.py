"""BPMN as other modelers draw it, through the API: what BPMN leaves implicit runs with its BPMN
meaning, and every refusal names the element, its line and the offending value in plain words."""
from __future__ import annotations

import io
import random
from typing import Any

from lxml import etree

from tests.helpers import CORPUS
from tests.helpers import DATA
from tests.studio.test_corpus import NOT_FOR_USERS

MODELS = DATA / "models"
DEFINITIONS = ('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" '
               'targetNamespace="http://ordra.example/bpmn">{}</bpmn:definitions>')


def upload(api: Any, name: str, xml: str) -> Any:
    files = [(io.BytesIO(xml.encode()), name)]
    return api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data")


def test_sub_process_without_start_event_implicit_split_and_data_store_run_to_completion(api: Any) -> None:
    deployed = api.deploy(MODELS / "implicit_flows.bpmn")
    assert deployed.status_code == 201, deployed.json
    notes: dict[str, str] = {}
    for warning in deployed.json["warnings"]:
        notes[warning["element"]] = notes.get(warning["element"], "") + warning["message"]
    assert "CRM" in notes["crm_ref"] and "documentation" in notes["crm_ref"]
    assert "implicit split" in notes["prepare"] and "implicit start" in notes["provision"]
    started = api.post("/api/v1/processes/implicit_flows/instances", json={"data": {}})
    assert started.status_code == 201, started.json
    instance = api.get(f"/api/v1/instances/{started.json['id']}").json
    assert instance["status"] == "completed", instance
    data = instance["data"]
    # both branches of the split ran, and inside the sub-process both first steps and the step after one
    assert data["prepared"] and data["billed"] and data["configured"] and data["activated"] and data["notified"]
    diagram = api.get(f"/api/v1/instances/{started.json['id']}/diagram")
    assert diagram.status_code == 200, diagram.json
    marked = diagram.json["elements"]
    assert {"prepare", "bill", "provision", "configure", "activate", "notify", "join", "end"} <= set(marked)
    assert all(mark["state"] == "completed" for mark in marked.values())
    assert not [element for element in marked if "implicit" in element]  # only what was drawn is marked


def test_outgoing_naming_a_missing_flow_is_refused_with_the_element(api: Any) -> None:
    process = ('<bpmn:process id="p" isExecutable="true">\n'
               '<bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>\n'
               '<bpmn:task id="t" name="Check"><bpmn:incoming>f1</bpmn:incoming>'
               '<bpmn:outgoing>ghost_flow</bpmn:outgoing></bpmn:task>\n'
               '<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>\n</bpmn:process>')
    response = upload(api, "ghost.bpmn", DEFINITIONS.format(process))
    assert response.status_code == 422, response.json
    error = response.json["errors"][0]
    assert error["element"] == "t" and error["line"] == 3 and error["file"] == "ghost.bpmn"
    assert "ghost_flow" in error["message"] and "task 'Check'" in error["message"]


def test_a_flow_to_an_element_that_does_not_exist_is_refused_with_the_flow(api: Any) -> None:
    process = ('<bpmn:process id="p" isExecutable="true">\n'
               '<bpmn:startEvent id="s"/>\n'
               '<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="nowhere"/>\n</bpmn:process>')
    response = upload(api, "dangling.bpmn", DEFINITIONS.format(process))
    assert response.status_code == 422
    error = response.json["errors"][0]
    assert error["element"] == "f1" and error["line"] == 3 and "'nowhere'" in error["message"]


def test_a_signal_reference_to_nothing_is_refused_not_a_python_error(api: Any) -> None:
    process = ('<bpmn:process id="p" isExecutable="true">\n'
               '<bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>\n'
               '<bpmn:intermediateCatchEvent id="wait" name="Go"><bpmn:incoming>f1</bpmn:incoming>'
               '<bpmn:signalEventDefinition signalRef="no_such_signal"/></bpmn:intermediateCatchEvent>\n'
               '<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="wait"/>\n</bpmn:process>')
    response = upload(api, "signal.bpmn", DEFINITIONS.format(process))
    assert response.status_code == 422
    error = response.json["errors"][0]
    assert error["element"] == "wait" and error["line"] == 3
    assert "signal 'no_such_signal'" in error["message"] and "TypeError" not in error["message"]


def test_a_timer_without_a_time_is_refused_in_plain_words(api: Any) -> None:
    process = ('<bpmn:process id="p" isExecutable="true">\n'
               '<bpmn:startEvent id="s" name="Every morning"><bpmn:timerEventDefinition/></bpmn:startEvent>\n'
               '</bpmn:process>')
    response = upload(api, "timer.bpmn", DEFINITIONS.format(process))
    assert response.status_code == 422
    error = response.json["errors"][0]
    assert error["element"] == "s" and error["line"] == 2
    assert error["message"].startswith("start event 'Every morning' gives no time")


def test_a_schema_error_names_the_element_not_libxml2(api: Any) -> None:
    process = ('<bpmn:process id="p" isExecutable="true">\n'
               '<bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>\n'
               '<bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>\n'
               '<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e"/>\n'
               '<bpmn:task id="odd" name="Odd" startQuantity="many"/>\n</bpmn:process>')
    response = upload(api, "schema.bpmn", DEFINITIONS.format(process))
    assert response.status_code == 422, response.json
    error = response.json["errors"][0]
    assert error["element"] == "odd" and error["line"] == 5
    assert "'many'" in error["message"] and "startQuantity" in error["message"]
    assert "{http" not in error["message"] and "atomic type" not in error["message"]


def test_an_internal_failure_while_checking_is_a_422_that_names_the_element(api: Any, monkeypatch: Any,
                                                                              caplog: Any) -> None:
    from SpiffWorkflow.bpmn.parser.ProcessParser import ProcessParser

    def broken(self: Any) -> None:
        raise TypeError("an internal bug")

    monkeypatch.setattr(ProcessParser, "get_spec", broken)
    response = api.deploy(MODELS / "divide.bpmn")
    assert response.status_code == 422
    error = response.json["errors"][0]
    assert error["message"].startswith("the model could not be checked") and error["element"] == "divide"
    assert "internal bug" not in error["message"] and "TypeError" not in error["message"]
    assert "an internal bug" in caplog.text  # the trace is in the log, for the administrators


def timer_process(text: str) -> str:
    return DEFINITIONS.format(
        '<bpmn:process id="timed" isExecutable="true">\n'
        '<bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>\n'
        '<bpmn:intermediateCatchEvent id="pause" name="Pause"><bpmn:incoming>f1</bpmn:incoming>'
        '<bpmn:outgoing>f2</bpmn:outgoing><bpmn:timerEventDefinition>'
        f'<bpmn:timeDuration>{text}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>\n'
        '<bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>\n'
        '<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="pause"/>'
        '<bpmn:sequenceFlow id="f2" sourceRef="pause" targetRef="e"/>\n</bpmn:process>')


def test_a_bare_iso_duration_as_modelers_write_it_is_a_timer(api: Any) -> None:
    deployed = upload(api, "timed.bpmn", timer_process("PT1H"))
    assert deployed.status_code == 201, deployed.json
    started = api.post("/api/v1/processes/timed/instances", json={"data": {}})
    assert api.get(f"/api/v1/instances/{started.json['id']}").json["status"] == "waiting"


def test_a_time_that_is_not_iso_8601_is_refused_showing_it(api: Any) -> None:
    for text, shown in (("'P7X'", "'P7X' is not an ISO 8601 duration"),
                        ("7 days", "timer of 'Pause': line 1: SyntaxError: invalid syntax at statement: '7 days'")):
        response = upload(api, "timed.bpmn", timer_process(text))
        assert response.status_code == 422, response.json
        error = response.json["errors"][0]
        assert error["element"] == "pause" and error["line"] == 3 and shown in error["message"], error


def test_a_failure_of_the_decision_checks_is_a_422_not_a_500(api: Any, monkeypatch: Any, caplog: Any) -> None:
    from app import rules

    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyError("an internal bug")

    monkeypatch.setattr(rules, "compile_dmn", broken)
    response = api.deploy(DATA / "dmn" / "order_routing.dmn")
    assert response.status_code == 422
    error = response.json["errors"][0]
    assert error["file"] == "order_routing.dmn" and error["message"].startswith("the model could not be checked")
    assert "KeyError" not in error["message"] and "an internal bug" in caplog.text


def mutated(data: bytes, rng: random.Random) -> bytes:
    """``data`` with a few attributes dropped or spoiled, elements removed or texts replaced."""
    root = etree.fromstring(data)
    nodes = [node for node in root.iter() if isinstance(node.tag, str)]
    for _ in range(rng.randint(1, 4)):
        node = rng.choice(nodes)
        roll = rng.random()
        if roll < 0.3 and node.attrib:
            del node.attrib[rng.choice(list(node.attrib))]
        elif roll < 0.5 and node.getparent() is not None:
            node.getparent().remove(node)
        elif roll < 0.7 and node.attrib:
            node.set(rng.choice(list(node.attrib)), rng.choice(["", "x", "??", "1e999", "Flow_missing"]))
        elif roll < 0.85:
            node.text = rng.choice(["", "P7X", "'", "R/", "None", "a b c"])
        else:
            node.set("isExecutable", "true")
    return bytes(etree.tostring(root))


def test_spoiled_corpus_files_are_answered_with_reasons_never_a_500(api: Any) -> None:
    rng = random.Random(13)
    files = sorted(CORPUS.rglob("*.bpmn"))
    for _ in range(60):
        path = rng.choice(files)
        data = mutated(path.read_bytes(), rng)
        response = api.post("/api/v1/models/validate", data={"files": [(io.BytesIO(data), path.name)]},
                            content_type="multipart/form-data")
        assert response.status_code == 200, (path.name, response.status_code)
        for error in response.json["errors"]:
            assert not NOT_FOR_USERS.search(error["message"]), (path.name, error)
            assert "could not be checked" not in error["message"], (path.name, error)
