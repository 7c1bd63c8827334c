"""How many user tasks come before each step of a process: where in its plan a step happens.

The timeline plans a domain order as its automated span followed by one span per user task of its plan, so the
place of a step (e.g. the service task handing the survey result to the order) is the number of user tasks
before it. On a graph with gateways and loops "before" is defined as: the most user tasks on any path from a
node without incoming sequence flow (a start event, an event subprocess) to the step, ignoring loops (a flow
back to a node already on the way is not followed; which flow closes a loop is the one a depth-first walk in
document order meets last). A boundary event comes after the activity it is attached to; an embedded subprocess
counts every user task inside it, and a step inside it comes after the user tasks before the subprocess plus
those before the step within it.
"""
from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from app.engine.compensation import BPMN_NS

_CONTAINERS = ("subProcess", "transaction", "adHocSubProcess")
_NOT_NODES = ("sequenceFlow", "laneSet", "ioSpecification", "dataObject", "dataObjectReference",
              "dataStoreReference", "association", "textAnnotation", "documentation", "extensionElements",
              "dataInputAssociation", "dataOutputAssociation", "incoming", "outgoing", "property", "group")


def user_tasks_before(process: etree._Element) -> dict[str, int]:
    """Flow node id → the most user tasks on a path from a start to it (loops ignored); unreachable nodes are
    left out."""
    found: dict[str, int] = {}
    _walk(process, 0, found)
    return found


def _walk(container: etree._Element, offset: int, found: dict[str, int]) -> None:
    nodes = {str(node.get("id")): node for node in _flow_nodes(container)}
    following = _following(container, nodes)
    weight = {node_id: _weight(node) for node_id, node in nodes.items()}
    entered = {target for targets in following.values() for target in targets}
    starts = [node_id for node_id in nodes if node_id not in entered]
    before = _longest(starts, following, weight, offset)
    found.update(before)
    for node_id, node in nodes.items():
        if _local(node) in _CONTAINERS and node_id in before:
            _walk(node, before[node_id], found)


def _flow_nodes(container: etree._Element) -> Iterator[etree._Element]:
    for node in container:
        if isinstance(node.tag, str) and node.get("id") and _local(node) not in _NOT_NODES:
            yield node


def _following(container: etree._Element, nodes: dict[str, etree._Element]) -> dict[str, list[str]]:
    """The nodes each node leads to: its outgoing sequence flows, and its boundary events."""
    following: dict[str, list[str]] = {node_id: [] for node_id in nodes}
    for node_id, node in nodes.items():
        attached = node.get("attachedToRef")
        if _local(node) == "boundaryEvent" and attached in following:
            following[attached].append(node_id)
    for flow in container.iterfind(f"{{{BPMN_NS}}}sequenceFlow"):
        source, target = flow.get("sourceRef"), flow.get("targetRef")
        if source in following and target in nodes:
            following[source].append(str(target))
    return following


def _weight(node: etree._Element) -> int:
    """The user tasks a node stands for: itself if it is one, those inside it if it is a subprocess."""
    if _local(node) == "userTask":
        return 1
    if _local(node) in _CONTAINERS:
        return sum(1 for _ in node.iter(f"{{{BPMN_NS}}}userTask"))
    return 0


def _longest(starts: list[str], following: dict[str, list[str]], weight: dict[str, int],
             offset: int) -> dict[str, int]:
    """Longest paths (in user tasks) from ``starts``, the flows closing a loop left out."""
    order, loops = _depth_first(starts, following)
    before = dict.fromkeys(starts, offset)
    for node in reversed(order):  # a topological order once the loops are left out
        reached = before.setdefault(node, offset) + weight[node]
        for target in following[node]:
            if (node, target) not in loops:
                before[target] = max(before.get(target, offset), reached)
    return before


def _depth_first(starts: list[str], following: dict[str, list[str]]) -> tuple[list[str], set[tuple[str, str]]]:
    """The nodes in post-order and the flows that go back to a node on the way (without recursion: a plan may
    chain hundreds of steps)."""
    order: list[str] = []
    loops: set[tuple[str, str]] = set()
    on_way: set[str] = set()
    seen: set[str] = set()
    for start in starts:
        if start in seen:
            continue
        seen.add(start)
        on_way.add(start)
        stack = [(start, iter(following[start]))]
        while stack:
            node, targets = stack[-1]
            target = next(targets, None)
            if target is None:
                stack.pop()
                on_way.discard(node)
                order.append(node)
            elif target in on_way:
                loops.add((node, target))
            elif target not in seen:
                seen.add(target)
                on_way.add(target)
                stack.append((target, iter(following[target])))
    return order, loops


def _local(node: etree._Element) -> str:
    return str(etree.QName(node).localname)
