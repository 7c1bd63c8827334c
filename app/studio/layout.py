"""Ordra's layered auto-layout: BPMN diagram interchange (DI) for a model that has none.

A model drawn in a modeler carries its own shapes and edges; one written by hand or generated
(like Ordra's shipped models before they got theirs) carries none, and no viewer can draw it.
This lays out every process (and every sub-process, on its own plane) left to right:

* layers by the longest path from the start events, after the loops' back edges are set aside;
* lanes as horizontal bands, pools around the lanes of a collaboration's participants;
* inside a lane, one row per node of the same layer, each node placed as near as it can to the
  rows of its predecessors, so a main path stays straight;
* orthogonal edges; a back edge runs under the shapes it jumps.

Pure XML in, XML out; labels are left to the viewer, which places them next to their shape, except a named
sequence flow's, placed above where it enters its target.
"""
from __future__ import annotations

from collections import defaultdict
from copy import deepcopy as copy_element
from dataclasses import dataclass
from dataclasses import field

from lxml import etree

from app.xmlsafe import parse_xml

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
DI_NSMAP = {"bpmndi": BPMNDI, "dc": DC, "di": DI}

COLUMN_WIDTH = 160
ROW_HEIGHT = 120
LANE_HEADER = 30  # the band on the left of a pool or lane that carries its name
MARGIN = 40
# Not flow nodes: these children of a process or sub-process are not laid out as shapes.
NOT_NODES = {"sequenceFlow", "laneSet", "documentation", "extensionElements", "dataObject", "ioSpecification",
             "property", "textAnnotation", "association", "dataObjectReference", "dataStoreReference",
             "dataInputAssociation", "dataOutputAssociation", "multiInstanceLoopCharacteristics",
             "standardLoopCharacteristics", "incoming", "outgoing", "boundaryEvent", "category"}
SUB_PROCESSES = {"subProcess", "transaction", "adHocSubProcess"}


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def cx(self) -> float:
        return self.x + self.width / 2

    @property
    def cy(self) -> float:
        return self.y + self.height / 2

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass
class PlaneLayout:
    """Shapes and edges of one plane (a process, a collaboration or a sub-process)."""

    shapes: dict[str, Box] = field(default_factory=dict)
    collapsed: set[str] = field(default_factory=set)  # sub-processes, drawn on their own plane
    horizontal: set[str] = field(default_factory=set)  # pools and lanes
    edges: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    labels: dict[str, Box] = field(default_factory=dict)  # of named sequence flows
    width: float = 0
    height: float = 0


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def has_diagram(root: etree._Element) -> bool:
    return root.find(f"{{{BPMNDI}}}BPMNDiagram") is not None


def add_layout(root: etree._Element) -> bool:
    """Append generated DI to ``root`` (a ``definitions`` element) unless it has some; True if it added."""
    if has_diagram(root):
        return False
    processes = {p.get("id", ""): p for p in root.findall(f"{{{BPMN}}}process")}
    collaboration = root.find(f"{{{BPMN}}}collaboration")
    placed: set[str] = set()
    if collaboration is not None and collaboration.get("id"):
        plane, placed = _collaboration_plane(collaboration, processes)
        _append_diagram(root, collaboration.get("id", ""), plane)
    for process_id, process in processes.items():
        if process_id not in placed:
            _append_diagram(root, process_id, _container_plane(process, 0, 0))
    for sub in root.iter(*(f"{{{BPMN}}}{kind}" for kind in SUB_PROCESSES)):
        if sub.get("id"):
            _append_diagram(root, sub.get("id", ""), _container_plane(sub, 0, 0))
    return True


def layout_bytes(content: bytes) -> bytes:
    """``content`` with generated DI if it had none, else unchanged.

    The diagrams are spliced in before the closing tag, so the rest of the file stays byte for byte
    as it was written (a diff of a shipped model shows only the layout).
    """
    root = parse_xml(content, "model.bpmn")
    before = len(root)
    if not add_layout(root):
        return content
    added = b"".join(b"  " + _standalone(diagram) + b"\n" for diagram in root[before:])
    end = content.rfind(b"</")
    if end < 0:  # <definitions .../> closes itself: nothing to keep byte for byte (rindex raised, a traceback)
        return bytes(etree.tostring(root.getroottree(), encoding="UTF-8", xml_declaration=True))
    return content[:end] + added + content[end:]


def _standalone(diagram: etree._Element) -> bytes:
    """A diagram element serialised without the namespaces it only inherits from ``definitions``."""
    copy = copy_element(diagram)
    etree.cleanup_namespaces(copy)
    return bytes(etree.tostring(copy, encoding="UTF-8").split(b"?>", 1)[-1].strip())


def _collaboration_plane(collaboration: etree._Element,
                         processes: dict[str, etree._Element]) -> tuple[PlaneLayout, set[str]]:
    plane = PlaneLayout()
    y: float = 0
    placed: set[str] = set()
    for participant in collaboration.findall(f"{{{BPMN}}}participant"):
        process = processes.get(participant.get("processRef", ""))
        inner = _container_plane(process, LANE_HEADER, y) if process is not None else PlaneLayout(
            width=600, height=ROW_HEIGHT)
        pool = Box(0, y, max(inner.width, 300), max(inner.height, ROW_HEIGHT))
        plane.shapes[participant.get("id", "")] = pool
        plane.horizontal.add(participant.get("id", ""))
        plane.shapes.update(inner.shapes)
        plane.collapsed |= inner.collapsed
        plane.horizontal |= inner.horizontal
        plane.edges.update(inner.edges)
        plane.width = max(plane.width, pool.width)
        y = pool.bottom + MARGIN
        if process is not None:
            placed.add(process.get("id", ""))
    for flow in collaboration.findall(f"{{{BPMN}}}messageFlow"):
        source, target = plane.shapes.get(flow.get("sourceRef", "")), plane.shapes.get(flow.get("targetRef", ""))
        if source is not None and target is not None:
            plane.edges[flow.get("id", "")] = _message_route(source, target)
    plane.height = y
    return plane, placed


def _container_plane(container: etree._Element, x0: float, y0: float) -> PlaneLayout:
    """Lay out the flow nodes of a process or sub-process, its lanes as bands starting at (x0, y0)."""
    nodes = [c for c in container if _local(c) and _local(c) not in NOT_NODES and c.get("id")]
    ids = [n.get("id", "") for n in nodes]
    kinds = {n.get("id", ""): _local(n) for n in nodes}
    boundary = {b.get("id", ""): b for b in container.findall(f"{{{BPMN}}}boundaryEvent")}
    host_of = {bid: b.get("attachedToRef", "") for bid, b in boundary.items()}
    flows = [(f.get("id", ""), f.get("sourceRef", ""), f.get("targetRef", ""))
             for f in container.findall(f"{{{BPMN}}}sequenceFlow")]
    flow_names = {f.get("id", ""): f.get("name", "") for f in container.findall(f"{{{BPMN}}}sequenceFlow")}
    # a compensation handler is associated with a boundary event: lay it out after the event's host
    associations = [(a.get("id", ""), a.get("sourceRef", ""), a.get("targetRef", ""))
                    for a in container.findall(f"{{{BPMN}}}association")
                    if a.get("sourceRef") in host_of and a.get("targetRef") in kinds]
    links = [(host_of.get(s, s), t) for _, s, t in flows + associations if host_of.get(s, s) in kinds and t in kinds]
    layer = _layers(ids, links)
    lanes = _lanes(container)
    lane_of = {node: lane for lane, members in lanes.items() for node in members}
    rows = _rows(ids, links, layer, lane_of)
    plane = PlaneLayout()
    bands = _bands(ids, lanes, lane_of, rows, y0)
    has_lanes = bool(lanes)
    left = x0 + (LANE_HEADER if has_lanes else 0) + MARGIN / 2
    for node in ids:
        band_y = bands[lane_of.get(node, "")][0]
        cx = left + layer[node] * COLUMN_WIDTH + COLUMN_WIDTH / 2
        cy = band_y + rows[node] * ROW_HEIGHT + ROW_HEIGHT / 2
        width, height = _size(kinds[node])
        plane.shapes[node] = Box(cx - width / 2, cy - height / 2, width, height)
        if kinds[node] in SUB_PROCESSES:
            plane.collapsed.add(node)
    _place_boundary_events(plane, host_of)
    width = (max(layer.values(), default=0) + 1) * COLUMN_WIDTH + MARGIN + (LANE_HEADER if has_lanes else 0)
    if has_lanes:
        for lane_id, (band_y, band_height) in bands.items():
            if lane_id:
                plane.shapes[lane_id] = Box(x0, band_y, width, band_height)
                plane.horizontal.add(lane_id)
    for flow_id, source, target in flows:
        if source in plane.shapes and target in plane.shapes:
            back = layer.get(host_of.get(source, source), 0) >= layer.get(target, 0)
            plane.edges[flow_id] = _route(plane.shapes[source], plane.shapes[target], back, kinds.get(source, ""))
            if flow_names.get(flow_id):
                plane.labels[flow_id] = _flow_label(plane.edges[flow_id], flow_names[flow_id])
    for association_id, source, target in associations:
        if source in plane.shapes and target in plane.shapes:
            plane.edges[association_id] = _message_route(plane.shapes[source], plane.shapes[target])
    plane.width = width + x0
    plane.height = sum(h for _, h in bands.values())
    return plane


def _size(kind: str) -> tuple[float, float]:
    if kind.endswith("Event"):
        return 36, 36
    if kind.endswith("Gateway"):
        return 50, 50
    return 100, 80


def _layers(ids: list[str], links: list[tuple[str, str]]) -> dict[str, int]:
    """Longest-path layers over the links that are not back edges of a depth-first walk from the starts."""
    successors: dict[str, list[str]] = defaultdict(list)
    for source, target in links:
        successors[source].append(target)
    has_incoming = {t for _, t in links}
    forward: set[tuple[str, str]] = set()
    state: dict[str, int] = {}  # 1 on the walk's stack, 2 done
    for root in [n for n in ids if n not in has_incoming] + ids:
        if root in state:
            continue
        stack = [(root, iter(successors[root]))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) != 1:  # an edge to a node on the stack closes a loop: leave it out
                forward.add((node, child))
                if child not in state:
                    state[child] = 1
                    stack.append((child, iter(successors[child])))
    layer = {n: 0 for n in ids}
    for node in _topological(ids, forward):
        for source, target in forward:
            if source == node:
                layer[target] = max(layer[target], layer[node] + 1)
    return layer


def _topological(ids: list[str], edges: set[tuple[str, str]]) -> list[str]:
    indegree = {n: 0 for n in ids}
    for _, target in edges:
        indegree[target] += 1
    ready = [n for n in ids if indegree[n] == 0]
    order: list[str] = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for source, target in sorted(edges, key=lambda e: ids.index(e[1])):
            if source == node:
                indegree[target] -= 1
                if indegree[target] == 0:
                    ready.append(target)
    return order


def _lanes(container: etree._Element) -> dict[str, list[str]]:
    """Top-level lanes in document order with the flow nodes of them and their child lanes."""
    lane_set = container.find(f"{{{BPMN}}}laneSet")
    if lane_set is None:
        return {}
    return {lane.get("id", ""): [ref.text.strip() for ref in lane.iter(f"{{{BPMN}}}flowNodeRef") if ref.text]
            for lane in lane_set.findall(f"{{{BPMN}}}lane")}


def _rows(ids: list[str], links: list[tuple[str, str]], layer: dict[str, int],
          lane_of: dict[str, str]) -> dict[str, int]:
    """A row inside its lane for every node: near its predecessors' rows, never two nodes in one slot."""
    predecessors: dict[str, list[str]] = defaultdict(list)
    for source, target in links:
        if layer[source] < layer[target]:
            predecessors[target].append(source)
    rows: dict[str, int] = {}
    for current in range(max(layer.values(), default=-1) + 1):
        taken: dict[str, set[int]] = defaultdict(set)
        in_layer = [n for n in ids if layer[n] == current]
        wanted = {n: _wanted_row(n, predecessors, rows, lane_of) for n in in_layer}
        for node in sorted(in_layer, key=lambda n: (wanted[n], ids.index(n))):
            row = wanted[node]
            while row in taken[lane_of.get(node, "")]:
                row += 1
            taken[lane_of.get(node, "")].add(row)
            rows[node] = row
    return rows


def _wanted_row(node: str, predecessors: dict[str, list[str]], rows: dict[str, int], lane_of: dict[str, str]) -> int:
    same_lane = [rows[p] for p in predecessors[node] if p in rows and lane_of.get(p, "") == lane_of.get(node, "")]
    return round(sum(same_lane) / len(same_lane)) if same_lane else 0


def _bands(ids: list[str], lanes: dict[str, list[str]], lane_of: dict[str, str], rows: dict[str, int],
           y0: float) -> dict[str, tuple[float, float]]:
    """(top, height) of each lane; nodes in no lane share a band with the id ''."""
    order = list(lanes) + ([""] if any(n not in lane_of for n in ids) or not lanes else [])
    bands: dict[str, tuple[float, float]] = {}
    y = y0
    for lane_id in order:
        used = [rows[n] for n in ids if lane_of.get(n, "") == lane_id]
        height = (max(used, default=0) + 1) * ROW_HEIGHT
        bands[lane_id] = (y, height)
        y += height
    return bands


def _place_boundary_events(plane: PlaneLayout, host_of: dict[str, str]) -> None:
    per_host: dict[str, int] = defaultdict(int)
    for event_id, host_id in host_of.items():
        host = plane.shapes.get(host_id)
        if host is None:
            continue
        slot = per_host[host_id]
        per_host[host_id] += 1
        # from the left corner, clear of a loop arrow that ends at the middle of the bottom
        plane.shapes[event_id] = Box(host.x + 4 + slot * 40, host.bottom - 18, 36, 36)


def _route(source: Box, target: Box, back: bool, source_kind: str) -> list[tuple[float, float]]:
    if back:  # under both shapes, back to the target's bottom
        below = max(source.bottom, target.bottom) + 20
        return [(source.cx, source.bottom), (source.cx, below), (target.cx, below), (target.cx, target.bottom)]
    if abs(source.cy - target.cy) < 1:
        return [(source.right, source.cy), (target.x, target.cy)]
    if source_kind.endswith("Gateway"):  # a split leaves from the gateway's corner towards its branch
        leave_y = source.y if target.cy < source.cy else source.bottom
        return [(source.cx, leave_y), (source.cx, target.cy), (target.x, target.cy)]
    bend = target.x - 20
    return [(source.right, source.cy), (bend, source.cy), (bend, target.cy), (target.x, target.cy)]


def _flow_label(points: list[tuple[float, float]], name: str) -> Box:
    """Above the flow's last segment, where it enters its target: a viewer's default (the middle of the flow) puts
    the names of a gateway's branches on their shared vertical run, each beside another branch."""
    (x1, y1), (x2, _y2) = points[-2], points[-1]
    width = min(max(x2 - x1 - 12, 40.0), 7.0 * len(name) + 8)
    return Box(x1 + 6, y1 - 20, width, 14)


def _message_route(source: Box, target: Box) -> list[tuple[float, float]]:
    if target.y > source.bottom:
        return [(source.cx, source.bottom), (source.cx, target.y)] if abs(source.cx - target.cx) < 1 else [
            (source.cx, source.bottom), (source.cx, (source.bottom + target.y) / 2),
            (target.cx, (source.bottom + target.y) / 2), (target.cx, target.y)]
    return [(source.cx, source.y), (source.cx, (target.bottom + source.y) / 2),
            (target.cx, (target.bottom + source.y) / 2), (target.cx, target.bottom)]


def _append_diagram(root: etree._Element, element_id: str, plane: PlaneLayout) -> None:
    diagram = etree.SubElement(root, f"{{{BPMNDI}}}BPMNDiagram", nsmap=DI_NSMAP, id=f"{element_id}_diagram")
    plane_el = etree.SubElement(diagram, f"{{{BPMNDI}}}BPMNPlane", id=f"{element_id}_plane", bpmnElement=element_id)
    containers_first = sorted(plane.shapes.items(), key=lambda item: item[0] not in plane.horizontal)
    for element, box in containers_first:
        attrs = {"id": f"{element}_di", "bpmnElement": element}
        if element in plane.collapsed:
            attrs["isExpanded"] = "false"
        if element in plane.horizontal:
            attrs["isHorizontal"] = "true"
        shape = etree.SubElement(plane_el, f"{{{BPMNDI}}}BPMNShape", attrs)
        etree.SubElement(shape, f"{{{DC}}}Bounds", x=_n(box.x), y=_n(box.y), width=_n(box.width),
                         height=_n(box.height))
    for flow_id, points in plane.edges.items():
        edge = etree.SubElement(plane_el, f"{{{BPMNDI}}}BPMNEdge", id=f"{flow_id}_di", bpmnElement=flow_id)
        for x, y in points:
            etree.SubElement(edge, f"{{{DI}}}waypoint", x=_n(x), y=_n(y))
        if flow_id in plane.labels:
            box = plane.labels[flow_id]
            label = etree.SubElement(edge, f"{{{BPMNDI}}}BPMNLabel")
            etree.SubElement(label, f"{{{DC}}}Bounds", x=_n(box.x), y=_n(box.y), width=_n(box.width),
                             height=_n(box.height))
    etree.indent(diagram, space="  ", level=1)
    diagram.tail = "\n"


def _n(value: float) -> str:
    return str(int(round(value)))
