"""BPMN's implicit starts, ends, splits and data stores, made explicit for the engine."""
from __future__ import annotations

from lxml import etree

from app.engine.implicit import explicit_definitions

NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL"}


def definitions(body: str) -> etree._Element:
    return etree.fromstring(f'<bpmn:definitions xmlns:bpmn="{NS["bpmn"]}" id="d">{body}</bpmn:definitions>')


def test_the_drawn_file_is_left_as_drawn() -> None:
    root = definitions('<bpmn:process id="p"><bpmn:task id="t"/></bpmn:process>')
    before = etree.tostring(root)
    explicit, notes = explicit_definitions(root)
    assert etree.tostring(root) == before
    assert explicit.xpath("//bpmn:startEvent", namespaces=NS) and notes


def test_a_process_without_start_event_starts_every_node_nothing_leads_to() -> None:
    root = definitions('<bpmn:process id="p"><bpmn:task id="a"/><bpmn:task id="b"/><bpmn:task id="c"/>'
                       '<bpmn:sequenceFlow id="f" sourceRef="a" targetRef="c"/></bpmn:process>')
    explicit, notes = explicit_definitions(root)
    start = explicit.xpath("//bpmn:startEvent/@id", namespaces=NS)[0]
    targets = explicit.xpath("//bpmn:sequenceFlow[@sourceRef=$s]/@targetRef", s=start, namespaces=NS)
    assert sorted(targets) == ["a", "b"]
    assert notes[0].element == "p" and "'a'" in notes[0].message and "'b'" in notes[0].message


def test_an_empty_sub_process_completes_at_once() -> None:
    root = definitions('<bpmn:process id="p"><bpmn:subProcess id="sub" name="Later"/></bpmn:process>')
    explicit, notes = explicit_definitions(root)
    sub = explicit.xpath("//bpmn:subProcess", namespaces=NS)[0]
    start, end = sub.find("bpmn:startEvent", NS), sub.find("bpmn:endEvent", NS)
    assert start is not None and end is not None
    assert sub.xpath("bpmn:sequenceFlow[@sourceRef=$s][@targetRef=$e]", s=start.get("id"), e=end.get("id"),
                     namespaces=NS)
    assert any("completes at once" in note.message for note in notes)


def test_conditional_flows_out_of_a_task_split_inclusively_keeping_the_default() -> None:
    root = definitions(
        '<bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:task id="t" default="f_default"/>'
        '<bpmn:task id="a"/><bpmn:task id="b"/><bpmn:task id="c"/>'
        '<bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="t"/>'
        '<bpmn:sequenceFlow id="f_cond" sourceRef="t" targetRef="a"><bpmn:conditionExpression>x &gt; 1'
        '</bpmn:conditionExpression></bpmn:sequenceFlow>'
        '<bpmn:sequenceFlow id="f_always" sourceRef="t" targetRef="b"/>'
        '<bpmn:sequenceFlow id="f_default" sourceRef="t" targetRef="c"/></bpmn:process>')
    explicit, _notes = explicit_definitions(root)
    gateway = explicit.xpath("//bpmn:inclusiveGateway", namespaces=NS)[0]
    assert gateway.get("default") == "f_default" and explicit.xpath("//bpmn:task[@id='t']/@default",
                                                                     namespaces=NS) == []
    flows = {f.get("id"): f for f in explicit.xpath("//bpmn:sequenceFlow", namespaces=NS)}
    assert {flows[i].get("sourceRef") for i in ("f_cond", "f_always", "f_default")} == {gateway.get("id")}
    assert flows["f_always"].findtext("bpmn:conditionExpression", namespaces=NS) == "True"
    assert flows["f_cond"].findtext("bpmn:conditionExpression", namespaces=NS).strip() == "x > 1"
    assert flows["f_default"].find("bpmn:conditionExpression", NS) is None


def test_data_stores_are_taken_out_with_their_references_and_associations() -> None:
    root = definitions(
        '<bpmn:dataStore id="ds" name="ERP"/><bpmn:process id="p"><bpmn:startEvent id="s"/>'
        '<bpmn:dataStoreReference id="ref" dataStoreRef="ds"/>'
        '<bpmn:task id="t"><bpmn:dataInputAssociation id="in"><bpmn:sourceRef>ref</bpmn:sourceRef>'
        '</bpmn:dataInputAssociation></bpmn:task>'
        '<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/></bpmn:process>')
    explicit, notes = explicit_definitions(root)
    assert not explicit.xpath("//bpmn:dataStore | //bpmn:dataStoreReference | //bpmn:dataInputAssociation",
                              namespaces=NS)
    assert [n.element for n in notes] == ["ref"] and "'ERP' is kept as documentation" in notes[0].message
