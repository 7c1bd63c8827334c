"""Compare two versions of a process element by element, and hand out a version's deployed file.

An element is anything with an id directly in the process, an embedded subprocess or a lane set
(tasks, events, gateways, flows, lanes, data objects, annotations). It *changed* when
:func:`element_changes.changes` finds at least one difference in it once the diagram (DI, outside the
process), whitespace and its own counted children are set aside (adding a task inside a subprocess adds the
task, it does not change the subprocess), or when it moved to another lane: the lane decides who does it.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from lxml import etree

from app.errors import NotFound
from app.studio.diagrams import process_version
from app.studio.element_changes import CONTAINERS
from app.studio.element_changes import NOT_DRAWN
from app.studio.element_changes import Change
from app.studio.element_changes import changes
from app.studio.element_changes import worded
from app.studio.element_changes import words
from app.studio.models import ProcessVersion
from app.xmlsafe import parse_xml

KINDS = ("added", "removed", "changed")


@dataclass(frozen=True)
class VersionDiff:
    """Element ids added, removed and changed, for each changed one what differs in it, and how the page names
    each element (its label in the newer version, else in the older)."""

    added: list[str]
    removed: list[str]
    changed: list[str]
    details: dict[str, list[Change]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        """The API's answer: the three lists of ids, and ``details``, each changed id's differences."""
        return {"added": self.added, "removed": self.removed, "changed": self.changed,
                "details": {i: [c.json() for c in found] for i, found in self.details.items()}}


def version_diff(process_id: str, from_version: int, to_version: int) -> VersionDiff:
    """What was added, removed and changed going from one version to the other.

    :raises NotFound: unknown process or version.
    """
    old, new = process_version(process_id, from_version), process_version(process_id, to_version)
    return compare(_process(old), _process(new))


def compare(old_process: etree._Element, new_process: etree._Element) -> VersionDiff:
    """:func:`version_diff` of two ``process`` elements (parsed, so any file can be compared); each list in the
    order the diagram is read, left to right (:func:`_reading_order`)."""
    before, after = _elements(old_process), _elements(new_process)
    # the whole files': a reference may name a message, signal or error defined beside the process
    labels = _labels(old_process.getroottree().getroot()) | _labels(new_process.getroottree().getroot())
    old_lanes, new_lanes = _lanes(old_process), _lanes(new_process)
    old_order, new_order = _reading_order(old_process, before), _reading_order(new_process, after)
    details = {}
    for element_id in sorted(before.keys() & after.keys(), key=new_order):
        found = changes(before[element_id], after[element_id], label=lambda i: labels.get(i, i))
        if old_lanes.get(element_id) != new_lanes.get(element_id):  # ids: a renamed lane is the lane's change
            found.append(worded("lane", _lane_names(old_process, old_lanes.get(element_id)),
                                _lane_names(new_process, new_lanes.get(element_id))))
        if found:
            details[element_id] = found
    return VersionDiff(added=sorted(after.keys() - before.keys(), key=new_order),
                       removed=sorted(before.keys() - after.keys(), key=old_order),
                       changed=list(details), details=details, labels=labels)


def _reading_order(process: etree._Element,
                   elements: dict[str, etree._Element]) -> Callable[[str], tuple[int, float, float, int]]:
    """A sort key putting the process's elements in the order a person reads its diagram: by where each is
    drawn (a shape's top-left corner, a flow's first waypoint), left to right, then top to bottom; those the
    diagram does not draw after them, in the file's order."""
    drawn: dict[str, tuple[float, float]] = {}
    for shape in process.getroottree().getroot().iter("{*}BPMNShape", "{*}BPMNEdge"):
        corner = shape.find("{*}Bounds")
        if corner is None:
            corner = shape.find("{*}waypoint")
        if corner is not None and shape.get("bpmnElement"):
            drawn[shape.get("bpmnElement", "")] = (_number(corner.get("x")), _number(corner.get("y")))
    in_file = {element_id: index for index, element_id in enumerate(elements)}  # _elements keeps the file's order

    def key(element_id: str) -> tuple[int, float, float, int]:
        x, y = drawn.get(element_id, (0.0, 0.0))
        return (0 if element_id in drawn else 1, x, y, in_file.get(element_id, 0))
    return key


def _number(value: str | None) -> float:
    """A coordinate; one that is not a finite number (a damaged diagram) counts as 0, so the list still sorts."""
    try:
        number = float(value or 0)
    except ValueError:
        return 0.0
    return number if math.isfinite(number) else 0.0


def named(diff: VersionDiff) -> dict[str, list[str]]:
    """The diff as the page shows it: each element by its name and id ("Split total (split_total)"), an unnamed
    one by its id and kind ("f2 (sequence flow)"); a changed element by its name in the new version."""
    return {kind: [diff.labels.get(i, i) for i in getattr(diff, kind)] for kind in KINDS}


def _labels(process: etree._Element) -> dict[str, str]:
    """How the page names each element in ``process`` (or a whole file): "Split total (split_total)",
    "f2 (sequence flow)", "Order paid (msg_paid)"."""
    labels: dict[str, str] = {}
    for element in process.iter():
        element_id = element.get("id") if isinstance(element.tag, str) else None
        if element_id:
            name = " ".join((element.get("name") or "").split())
            kind = words(etree.QName(element).localname)
            labels[element_id] = f"{name} ({element_id})" if name else f"{element_id} ({kind})"
    return labels


def _lanes(process: etree._Element) -> dict[str, tuple[str, ...]]:
    """Each flow node's lanes by id, outermost first (a nested lane holds its nodes as its parent does)."""
    lanes: dict[str, tuple[str, ...]] = {}
    for lane in process.iter("{*}lane"):
        for ref in lane.iterfind("{*}flowNodeRef"):
            node = (ref.text or "").strip()
            lanes[node] = lanes.get(node, ()) + (lane.get("id", ""),)
    return lanes


def _lane_names(process: etree._Element, lane_ids: tuple[str, ...] | None) -> str | None:
    """The lanes as a person knows them, by name ("Fulfillment agent"), an unnamed one by its id."""
    if not lane_ids:
        return None
    found = {lane.get("id", ""): lane for lane in process.iter("{*}lane")}
    return " / ".join(" ".join((found[i].get("name") or "").split()) or i for i in lane_ids)


def _process(version: ProcessVersion) -> etree._Element:
    root = parse_xml(version.file.content, version.file.filename)
    found = root.xpath("//*[local-name()='process'][@id=$id]", id=version.process_id)
    if not found:
        raise NotFound(f"process {version.process_id} is not in its file {version.file.filename}")
    return found[0]


def _elements(process: etree._Element) -> dict[str, etree._Element]:
    """Each counted element of the process by its id."""
    elements: dict[str, etree._Element] = {}
    _collect(process, elements)
    return elements


def _collect(container: etree._Element, elements: dict[str, etree._Element]) -> None:
    for child in container:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        local = etree.QName(child).localname
        if child.get("id") and local not in NOT_DRAWN:
            elements[child.get("id", "")] = child
        if local in CONTAINERS:
            _collect(child, elements)


def deployed_file(process_id: str, version: int) -> tuple[str, bytes]:
    """The file name and bytes the version was deployed from, as uploaded (re-uploading it is a no-op)."""
    found = process_version(process_id, version)
    return found.file.filename, found.file.content
