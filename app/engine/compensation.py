"""BPMN compensation and points of no return, which SpiffWorkflow 3.2 does not run.

A plan models undoing the way BPMN does: a compensation boundary event on an activity, associated
with a compensation handler (an activity with ``isForCompensation="true"``, e.g. "Release
resource" for "Reserve resource"). SpiffWorkflow refuses compensation events, so before the
engine parses a file the handlers are taken out of the process and put, in reverse order, into a
generated process ``<process id>.compensation``: for each handler, a gateway runs it only when its
activity is named in the start data's ``compensate`` list. Ordra starts that process with the
plan instance's data when a change or a cancellation must undo the plan's completed work.

A task property ``pointOfNoReturn`` (``true``) marks the step after which the plan's work can no
longer be undone: once that step completed, a cancellation or a revision that would undo it is refused.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from dataclasses import field

from lxml import etree

from app.engine.milestones import PROPERTY as MILESTONE_PROPERTY

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
SPIFF_NS = "http://spiffworkflow.org/bpmn/schema/1.0/core"
CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn"
SUFFIX = ".compensation"
PONR_PROPERTY = "pointOfNoReturn"


def _q(tag: str) -> str:
    return f"{{{BPMN_NS}}}{tag}"


@dataclass
class Undoing:
    """What a process says about undoing its work."""

    # [{"id", "name", "milestone"}]: "milestone", the step's customer wording, only where it has one
    points_of_no_return: list[dict[str, str]] = field(default_factory=list)
    compensation: dict[str, str] = field(default_factory=dict)  # activity id → handler name
    compensation_process: str | None = None


def compensation_process_id(process_id: str) -> str:
    return process_id + SUFFIX


def is_generated(process_id: str) -> bool:
    return process_id.endswith(SUFFIX)


def undoing(process: etree._Element) -> Undoing:
    """Read the points of no return and the compensation handlers of one ``<process>`` element."""
    result = Undoing(points_of_no_return=[_point_of_no_return(node) for node in _points_of_no_return(process)])
    handlers = _handlers(process)
    result.compensation = {activity: node.get("name") or node.get("id", "") for activity, node in handlers}
    if handlers:
        result.compensation_process = compensation_process_id(process.get("id", ""))
    return result


def _point_of_no_return(node: etree._Element) -> dict[str, str]:
    point = {"id": node.get("id", ""), "name": node.get("name") or node.get("id", "")}
    milestone = _property(node, MILESTONE_PROPERTY).strip()
    return point | {"milestone": milestone} if milestone else point


def _points_of_no_return(process: etree._Element) -> list[etree._Element]:
    return [node for node in process.iter()
            if isinstance(node.tag, str) and node.tag not in (_q("process"), _q("property"))
            and _property(node, PONR_PROPERTY).strip().lower() == "true"]


def _property(node: etree._Element, name: str) -> str:
    """The value of the element's extension property ``name`` ("" if it has none)."""
    for prop in node.iterfind("./*/*/*"):  # extensionElements/properties/property
        if etree.QName(prop).localname == "property" and prop.get("name") == name:
            return str(prop.get("value", ""))
    return ""


def _handlers(process: etree._Element) -> list[tuple[str, etree._Element]]:
    """(compensated activity id, handler element) in document order of the activities."""
    by_id = {node.get("id"): node for node in process.iter() if isinstance(node.tag, str) and node.get("id")}
    boundary_of = {event.get("id"): event.get("attachedToRef", "")
                   for event in process.iterfind(_q("boundaryEvent"))
                   if event.find(_q("compensateEventDefinition")) is not None}
    pairs = []
    for association in process.iterfind(_q("association")):
        activity = boundary_of.get(association.get("sourceRef"))
        handler = by_id.get(association.get("targetRef"))
        if activity and handler is not None and handler.get("isForCompensation") == "true":
            pairs.append((activity, handler))
    order = {node_id: index for index, node_id in enumerate(by_id)}
    return sorted(pairs, key=lambda pair: order.get(pair[0], 0))


def runnable_definitions(root: etree._Element) -> etree._Element:
    """A copy of ``root`` that SpiffWorkflow can parse: compensation taken out of every process and
    put into the generated ``.compensation`` processes (``root`` itself is left as drawn)."""
    processes = list(root.iterfind(_q("process")))
    if not any(_handlers(p) or _compensation_elements(p) for p in processes):
        return root
    result = copy.deepcopy(root)
    for process in list(result.iterfind(_q("process"))):
        handlers = _handlers(process)
        generated = _generated_process(process, handlers) if handlers else None
        for element in _compensation_elements(process):
            element.getparent().remove(element)
        if generated is not None:
            process.addnext(generated)
    return result


def _compensation_elements(process: etree._Element) -> list[etree._Element]:
    events = [e for e in process.iterfind(_q("boundaryEvent")) if e.find(_q("compensateEventDefinition")) is not None]
    event_ids = {e.get("id") for e in events}
    handlers = [n for n in process if isinstance(n.tag, str) and n.get("isForCompensation") == "true"]
    handler_ids = {h.get("id") for h in handlers}
    associations = [a for a in process.iterfind(_q("association"))
                    if a.get("sourceRef") in event_ids or a.get("targetRef") in handler_ids]
    lane_refs = [ref for ref in process.iterfind(f".//{_q('flowNodeRef')}")
                 if (ref.text or "").strip() in event_ids | handler_ids]
    return events + handlers + associations + lane_refs


def _generated_process(plan: etree._Element, handlers: list[tuple[str, etree._Element]]) -> etree._Element:
    """start → (gateway → handler? → join) for each handler, the last activity's first → end."""
    plan_id = plan.get("id", "")
    process = etree.Element(_q("process"), id=compensation_process_id(plan_id), isExecutable="true",
                            name=f"Compensation of {plan.get('name') or plan_id}")
    doc = etree.SubElement(process, _q("documentation"))
    doc.text = (f"Generated by Ordra from the compensation handlers of '{plan_id}'. Started with the plan "
                "instance's data and 'compensate', the ids of the completed activities to undo.")
    lanes = _handler_lanes(plan, [h for _, h in handlers])
    if lanes is not None:
        process.append(lanes)
    nodes: list[etree._Element] = [etree.Element(_q("startEvent"), id="compensation_start")]
    flows: list[tuple[str, str, str | None]] = []
    previous = "compensation_start"
    for index, (activity, handler) in enumerate(reversed(handlers)):
        gateway, join = f"compensate_{index}_check", f"compensate_{index}_done"
        task = copy.deepcopy(handler)
        task.attrib.pop("isForCompensation", None)
        for child in task.findall(_q("incoming")) + task.findall(_q("outgoing")):
            task.remove(child)
        skip = f"{gateway}_skip"
        nodes += [etree.Element(_q("exclusiveGateway"), id=gateway, default=skip), task,
                  etree.Element(_q("exclusiveGateway"), id=join)]
        flows += [(previous, gateway, None), (gateway, task.get("id", ""), f"{activity!r} in compensate"),
                  (gateway, join, "skip"), (task.get("id", ""), join, None)]
        previous = join
    nodes.append(etree.Element(_q("endEvent"), id="compensation_end"))
    flows.append((previous, "compensation_end", None))
    process.extend(nodes)
    for number, (source, target, condition) in enumerate(flows):
        flow_id = f"{source}_skip" if condition == "skip" else f"compensation_flow_{number}"
        flow = etree.SubElement(process, _q("sequenceFlow"), id=flow_id, sourceRef=source, targetRef=target)
        if condition and condition != "skip":
            expression = etree.SubElement(flow, _q("conditionExpression"))
            expression.text = condition
    return process


def _handler_lanes(plan: etree._Element, handlers: list[etree._Element]) -> etree._Element | None:
    """The plan's lanes that hold a handler, so a handler that is a user task keeps its role."""
    handler_ids = {h.get("id") for h in handlers}
    lane_set = etree.Element(_q("laneSet"), id="compensation_lanes")
    for lane in plan.iterfind(f".//{_q('lane')}"):
        refs = [ref.text.strip() for ref in lane.iterfind(_q("flowNodeRef")) if (ref.text or "").strip() in handler_ids]
        if refs:
            copied = etree.SubElement(lane_set, _q("lane"), id=f"compensation_{lane.get('id')}",
                                      name=lane.get("name") or "")
            for ref in refs:
                etree.SubElement(copied, _q("flowNodeRef")).text = ref
    return lane_set if len(lane_set) else None
