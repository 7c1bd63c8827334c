"""Ordra's auto-layout: every shipped model is drawable, and a model without layout gets one."""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from lxml import etree

from app.studio.layout import BPMN
from app.studio.layout import BPMNDI
from app.studio.layout import DC
from app.studio.layout import layout_bytes

SHIPPED = sorted((Path(__file__).parents[2] / "bpmn").glob("*.bpmn"))
FLOW_NODES = ("startEvent", "endEvent", "userTask", "serviceTask", "scriptTask", "businessRuleTask",
              "exclusiveGateway", "parallelGateway", "intermediateCatchEvent", "subProcess", "boundaryEvent",
              "callActivity", "task")

LOOP_WITH_BOUNDARY_AND_SUBPROCESS = b"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <process id="p" isExecutable="true">
    <startEvent id="s"/>
    <userTask id="work" name="Work"/>
    <exclusiveGateway id="again" name="Again?"/>
    <subProcess id="sub"><startEvent id="sub_s"/><task id="sub_t"/><endEvent id="sub_e"/>
      <sequenceFlow id="sf1" sourceRef="sub_s" targetRef="sub_t"/>
      <sequenceFlow id="sf2" sourceRef="sub_t" targetRef="sub_e"/></subProcess>
    <boundaryEvent id="timeout" attachedToRef="work"><timerEventDefinition/></boundaryEvent>
    <endEvent id="e"/><endEvent id="late"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="work"/>
    <sequenceFlow id="f2" sourceRef="work" targetRef="again"/>
    <sequenceFlow id="f3" sourceRef="again" targetRef="work"/>
    <sequenceFlow id="f4" sourceRef="again" targetRef="sub"/>
    <sequenceFlow id="f5" sourceRef="sub" targetRef="e"/>
    <sequenceFlow id="f6" sourceRef="timeout" targetRef="late"/>
  </process>
</definitions>"""


def _shapes(root: etree._Element) -> dict[str, tuple[float, ...]]:
    return {s.get("bpmnElement"): tuple(float(b.get(k)) for k in ("x", "y", "width", "height"))
            for s in root.iter(f"{{{BPMNDI}}}BPMNShape") for b in s.iter(f"{{{DC}}}Bounds")}


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_model_has_a_shape_for_each_node_and_lane_and_an_edge_for_each_flow(path: Path) -> None:
    root = etree.fromstring(path.read_bytes())
    shapes = _shapes(root)
    edges = {e.get("bpmnElement") for e in root.iter(f"{{{BPMNDI}}}BPMNEdge")}
    nodes = [n.get("id") for kind in FLOW_NODES for n in root.iter(f"{{{BPMN}}}{kind}")]
    lanes = [lane.get("id") for lane in root.iter(f"{{{BPMN}}}lane")]
    flows = [f.get("id") for f in root.iter(f"{{{BPMN}}}sequenceFlow")]
    assert nodes and set(nodes) | set(lanes) <= set(shapes)
    assert set(flows) <= edges
    attached = {(e.get("id"), e.get("attachedToRef")) for e in root.iter(f"{{{BPMN}}}boundaryEvent")}
    for a, b in combinations(nodes, 2):
        if (a, b) in attached or (b, a) in attached:
            continue  # a boundary event sits on its task's border, as BPMN draws it
        assert not _overlap(shapes[a], shapes[b]), f"{a} and {b} overlap"
    for lane in lanes:  # each node lies inside the band of its lane
        for ref in root.find(f".//{{{BPMN}}}lane[@id='{lane}']").iter(f"{{{BPMN}}}flowNodeRef"):
            node, band = shapes[ref.text.strip()], shapes[lane]
            assert band[1] <= node[1] and node[1] + node[3] <= band[1] + band[3]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_shipped_layout_is_what_the_generator_makes_of_the_bare_model(path: Path) -> None:
    content = path.read_bytes()
    start = content.index(b"  <bpmndi:BPMNDiagram")
    bare = content[:start] + content[content.rindex(b"</"):]
    assert layout_bytes(bare) == content
    assert layout_bytes(content) == content  # a model with a layout keeps its own


def test_loops_boundary_events_and_sub_processes_are_laid_out_left_to_right() -> None:
    root = etree.fromstring(layout_bytes(LOOP_WITH_BOUNDARY_AND_SUBPROCESS))
    planes = {p.get("bpmnElement") for p in root.iter(f"{{{BPMNDI}}}BPMNPlane")}
    assert planes == {"p", "sub"}  # the sub-process is drawn collapsed with its own plane to drill into
    shapes = _shapes(root)
    assert shapes["s"][0] < shapes["work"][0] < shapes["again"][0] < shapes["sub"][0] < shapes["e"][0]
    work, timeout = shapes["work"], shapes["timeout"]
    assert work[0] <= timeout[0] and timeout[1] < work[1] + work[3] < timeout[1] + timeout[3]  # on the edge
    loop = [(float(w.get("x")), float(w.get("y"))) for w in root.find(f".//{{{BPMNDI}}}BPMNEdge[@bpmnElement='f3']")]
    again = shapes["again"]
    assert loop[0][1] == again[1] + again[3] and loop[-1][1] == work[1] + work[3]  # bottom to bottom,
    assert max(y for _, y in loop) > work[1] + work[3]  # running under the shapes on the way back
    assert root.find(f".//{{{BPMNDI}}}BPMNShape[@bpmnElement='sub']").get("isExpanded") == "false"


def test_a_gateways_named_branches_are_labelled_where_each_enters_its_target() -> None:
    """bpmn-js would put each name in the middle of its flow: on the run down from the gateway that the branches
    share, beside the wrong branch. The generator puts it above the segment entering the branch's target."""
    branches = "".join(f'<bpmn:task id="t{n}"/><bpmn:sequenceFlow id="f{n}" name="branch {n}" sourceRef="g" '
                       f'targetRef="t{n}"/>' for n in range(3))
    model = (f'<bpmn:definitions xmlns:bpmn="{BPMN}" id="d"><bpmn:process id="p"><bpmn:startEvent id="s"/>'
             f'<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="g"/><bpmn:exclusiveGateway id="g"/>{branches}'
             '</bpmn:process></bpmn:definitions>').encode()
    root = etree.fromstring(layout_bytes(model))
    shapes = _shapes(root)
    for n in range(3):
        edge = root.find(f".//{{{BPMNDI}}}BPMNEdge[@bpmnElement='f{n}']")
        x, y, width, height = (float(edge.find(f"{{{BPMNDI}}}BPMNLabel/{{{DC}}}Bounds").get(k))
                               for k in ("x", "y", "width", "height"))
        target = shapes[f"t{n}"]
        entering_y = target[1] + target[3] / 2
        assert y + height <= entering_y < y + height + 10 and x + width <= target[0]  # just above, before it
    assert root.find(f".//{{{BPMNDI}}}BPMNEdge[@bpmnElement='f']/{{{BPMNDI}}}BPMNLabel") is None  # unnamed: none
