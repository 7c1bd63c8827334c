"""BPMN's implicit behaviour made explicit, so that SpiffWorkflow runs what the modeler drew.

BPMN 2.0 lets a model leave some things unsaid that SpiffWorkflow 3.2 insists on (the specification's
rules for start and end events being optional, for uncontrolled flow out of activities, and for data
stores):

- a sub-process (or process) without a start event starts every flow node that no sequence flow
  leads to; a sub-process without an end event completes when its paths have ended;
- an activity or event with several outgoing sequence flows splits: every unconditional flow is
  taken (a parallel split) and every conditional one whose condition holds (an inclusive split,
  the ``default`` flow when none does);
- a data store names a system outside the process, which Ordra neither reads nor writes;
- a timer's time is ISO 8601 text (``P7D``), where SpiffWorkflow evaluates an expression (``"P7D"``).

Before the engine parses a file, ``explicit_definitions`` rewrites a copy of it: a generated start
event, end events and gateways say the same thing explicitly, and data stores with their references
and associations are taken out of the copy (they stay in the stored drawing, as documentation).
Text annotations, groups, associations and vendor extension elements need no rewrite: the engine
reads past them. Every rewrite is reported as a ``Note`` for the admin.
"""
from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from app.engine.refusals import GENERATED
from app.engine.refusals import TIMER_KINDS
from app.engine.refusals import is_iso_time
from app.engine.refusals import label

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"

ACTIVITIES = {"task", "userTask", "serviceTask", "scriptTask", "businessRuleTask", "manualTask", "sendTask",
              "receiveTask", "callActivity", "subProcess", "transaction", "adHocSubProcess"}
GATEWAYS = {"exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"}
EVENTS = {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"}
FLOW_NODES = ACTIVITIES | GATEWAYS | EVENTS
# what BPMN's schema puts after a process's (or sub-process's) flow elements
AFTER_FLOW_ELEMENTS = {"textAnnotation", "group", "association", "resourceRole", "performer", "humanPerformer",
                       "potentialOwner", "correlationSubscription", "supports"}


def _q(tag: str) -> str:
    return f"{{{BPMN_NS}}}{tag}"


def _local(node: etree._Element) -> str:
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


@dataclass(frozen=True)
class Note:
    """One rewrite, told to the admin: which drawn element, on which line, and what it now means."""

    element: str
    line: int | None
    message: str

    def as_dict(self, filename: str) -> dict[str, object]:
        return {"file": filename, "line": self.line, "element": self.element, "message": self.message}


def is_generated(element_id: str) -> bool:
    """True for the ids of elements made here (not drawn, so never shown on a diagram)."""
    return GENERATED in element_id


def explicit_definitions(root: etree._Element) -> tuple[etree._Element, list[Note]]:
    """A copy of ``root`` with BPMN's implicit starts, ends, splits and data stores made explicit
    (``root`` itself is left as drawn), and the notes saying what was rewritten."""
    result = copy.deepcopy(root)
    notes = _drop_data_stores(result)
    _quote_iso_times(result)
    for process in result.iterfind(_q("process")):
        for container in [process, *_sub_processes(process)]:
            notes += _explicit_splits(container)
            notes += _explicit_start(container)
            if _local(container) != "process":
                notes += _explicit_ends(container)
    return result, notes


def _sub_processes(process: etree._Element) -> Iterator[etree._Element]:
    for node in process.iter(_q("subProcess"), _q("transaction")):
        if node.get("triggeredByEvent") != "true":
            yield node


def _flow_nodes(container: etree._Element) -> list[etree._Element]:
    return [node for node in container if _local(node) in FLOW_NODES]


def _flows(container: etree._Element) -> list[etree._Element]:
    return list(container.iterfind(_q("sequenceFlow")))


def _runs_on_its_own(node: etree._Element) -> bool:
    """Nodes that never take part in the normal flow: boundary events, event sub-processes,
    compensation handlers and link catch events (reached by their throw event)."""
    return (_local(node) in ("boundaryEvent", "startEvent") or node.get("triggeredByEvent") == "true"
            or node.get("isForCompensation") == "true" or node.find(_q("linkEventDefinition")) is not None)


def _new(container: etree._Element, tag: str, base_id: str) -> etree._Element:
    return _insert(container, etree.Element(_q(tag), id=f"{base_id}{GENERATED}"))


def _connect(container: etree._Element, source: str, target: str, flow_id: str) -> etree._Element:
    return _insert(container, etree.Element(_q("sequenceFlow"), id=f"{flow_id}{GENERATED}_flow", sourceRef=source,
                                            targetRef=target))


def _insert(container: etree._Element, element: etree._Element) -> etree._Element:
    """Add a flow element where BPMN's schema wants it: before the container's artifacts."""
    after_flow = next((node for node in container if _local(node) in AFTER_FLOW_ELEMENTS), None)
    if after_flow is None:
        container.append(element)
    else:
        after_flow.addprevious(element)
    return element


def _explicit_start(container: etree._Element) -> list[Note]:
    """A container without a start event starts every node no flow leads to (all of them at once)."""
    if container.find(_q("startEvent")) is not None:
        return []
    targets = {flow.get("targetRef") for flow in _flows(container)}
    first = [node for node in _flow_nodes(container) if node.get("id") not in targets and not _runs_on_its_own(node)]
    container_id = container.get("id", "")
    start = _new(container, "startEvent", f"{container_id}_start")
    if not first:
        end = _new(container, "endEvent", f"{container_id}_end")
        _connect(container, start.get("id", ""), end.get("id", ""), f"{container_id}_empty")
        return [Note(container_id, container.sourceline, f"{label(container)} has no start event and nothing "
                                                         f"inside: it completes at once")]
    for node in first:
        _connect(container, start.get("id", ""), node.get("id", ""), f"{container_id}_start_{node.get('id')}")
    names = ", ".join(label(node) for node in first)
    return [Note(container_id, container.sourceline, f"{label(container)} has no start event: it starts with "
                                                     f"{names} (BPMN's implicit start)")]


def _explicit_ends(container: etree._Element) -> list[Note]:
    """A sub-process without an end event completes when every path has ended: an end event
    follows each node no flow leaves."""
    if container.find(_q("endEvent")) is not None:
        return []
    sources = {flow.get("sourceRef") for flow in _flows(container)}
    last = [node for node in _flow_nodes(container)
            if node.get("id") not in sources and not _runs_on_its_own(node) and _local(node) != "endEvent"]
    for node in last:
        node_id = node.get("id", "")
        end = _new(container, "endEvent", f"{node_id}_end")
        _connect(container, node_id, end.get("id", ""), f"{node_id}_end")
    if not last:
        return []
    return [Note(container.get("id", ""), container.sourceline,
                 f"{label(container)} has no end event: it completes when every path has ended")]


def _explicit_splits(container: etree._Element) -> list[Note]:
    """An activity or event with several outgoing flows gets a gateway after it that splits the same way."""
    notes = []
    by_source: dict[str, list[etree._Element]] = {}
    for flow in _flows(container):
        by_source.setdefault(flow.get("sourceRef", ""), []).append(flow)
    for node in _flow_nodes(container):
        outgoing = by_source.get(node.get("id", ""), [])
        if len(outgoing) > 1 and _local(node) not in GATEWAYS and _local(node) != "startEvent":
            notes.append(_split_after(container, node, outgoing))
    return notes


def _split_after(container: etree._Element, node: etree._Element, outgoing: list[etree._Element]) -> Note:
    node_id = node.get("id", "")
    default = node.get("default")
    conditional = default is not None or any(flow.find(_q("conditionExpression")) is not None for flow in outgoing)
    kind = "inclusiveGateway" if conditional else "parallelGateway"
    gateway = _new(container, kind, f"{node_id}_split")
    gateway_id = gateway.get("id", "")
    for flow in outgoing:  # the drawn flows now leave the gateway, conditions and ids unchanged
        flow.set("sourceRef", gateway_id)
        if conditional and flow.get("id") != default and flow.find(_q("conditionExpression")) is None:
            condition = etree.SubElement(flow, _q("conditionExpression"))
            condition.text = "True"  # an unconditional flow out of an activity is always taken
    if default is not None:
        gateway.set("default", default)
        del node.attrib["default"]
    _connect(container, node_id, gateway_id, f"{node_id}_split")
    targets = ", ".join(f"'{flow.get('name') or flow.get('targetRef')}'" for flow in outgoing)
    how = "every flow whose condition holds is taken" if conditional else "all of them are taken at once"
    return Note(node_id, node.sourceline, f"{label(node)} has {len(outgoing)} outgoing flows ({targets}): "
                                          f"{how} (BPMN's implicit split)")


def _quote_iso_times(root: etree._Element) -> None:
    """A timer's bare ISO 8601 text (``P7D``, as modelers write it) becomes the string expression the
    engine evaluates (``"P7D"``)."""
    for node in root.iter(*(_q(kind) for kind in TIMER_KINDS)):
        text = (node.text or "").strip()
        if text and is_iso_time(etree.QName(node).localname, text):
            node.text = repr(text)


def _drop_data_stores(root: etree._Element) -> list[Note]:
    """Take data stores, their references and the associations to them out of the copy."""
    stores = {node.get("id"): node for node in root.iter(_q("dataStore"))}
    references = list(root.iter(_q("dataStoreReference")))
    reference_ids = {node.get("id") for node in references}
    associations = [node for node in root.iter(_q("dataInputAssociation"), _q("dataOutputAssociation"))
                    if {(ref.text or "").strip() for ref in node.iter(_q("sourceRef"), _q("targetRef"))}
                    & reference_ids]
    notes = []
    for reference in references:
        store = stores.get(reference.get("dataStoreRef"))
        name = reference.get("name") or (store.get("name") if store is not None else None) or reference.get("id")
        notes.append(Note(reference.get("id", ""), reference.sourceline,
                          f"data store '{name}' is kept as documentation: Ordra neither reads nor writes it"))
    for node in [*associations, *references, *stores.values()]:
        node.getparent().remove(node)
    for lane_ref in root.iter(_q("flowNodeRef")):
        if (lane_ref.text or "").strip() in reference_ids:
            lane_ref.getparent().remove(lane_ref)
    return notes
