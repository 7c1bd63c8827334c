"""Compare two versions of a process element by element, and hand out a version's deployed file.

An element is anything with an id directly in the process, an embedded subprocess or a lane set
(tasks, events, gateways, flows, lanes, data objects, annotations). It *changed* when its XML
differs once the diagram (DI, outside the process), whitespace and its own counted children are
set aside: adding a task inside a subprocess adds the task, it does not change the subprocess.
"""
from __future__ import annotations

import re

from lxml import etree

from app.errors import NotFound
from app.studio.diagrams import process_version
from app.studio.models import ProcessVersion
from app.xmlsafe import parse_xml

CONTAINERS = {"process", "subProcess", "transaction", "adHocSubProcess", "laneSet", "lane", "childLaneSet"}
NOT_DRAWN = {"laneSet", "childLaneSet"}  # grouping only: compared through their lanes


def version_diff(process_id: str, from_version: int, to_version: int) -> dict[str, list[str]]:
    """``{"added", "removed", "changed"}`` element ids going from one version to the other.

    :raises NotFound: unknown process or version.
    """
    before = process_elements(process_version(process_id, from_version))
    after = process_elements(process_version(process_id, to_version))
    return {"added": sorted(after.keys() - before.keys()),
            "removed": sorted(before.keys() - after.keys()),
            "changed": sorted(i for i in before.keys() & after.keys() if before[i] != after[i])}


def named(diff: dict[str, list[str]], old: ProcessVersion, new: ProcessVersion) -> dict[str, list[str]]:
    """The diff as the page shows it: each element by its name and id ("Split total (split_total)"), an unnamed
    one by its id and kind ("f2 (sequence flow)"); a changed element by its name in the new version."""
    labels = _labels(old) | _labels(new)
    return {kind: [labels.get(element_id, element_id) for element_id in ids] for kind, ids in diff.items()}


def _labels(version: ProcessVersion) -> dict[str, str]:
    labels: dict[str, str] = {}
    for element in _process(version).iter():
        if isinstance(element.tag, str) and element.get("id"):
            kind = re.sub(r"(?<!^)(?=[A-Z])", " ", etree.QName(element).localname).lower()
            name = " ".join((element.get("name") or "").split())
            labels[element.get("id")] = f"{name} ({element.get('id')})" if name else f"{element.get('id')} ({kind})"
    return labels


def _process(version: ProcessVersion) -> etree._Element:
    root = parse_xml(version.file.content, version.file.filename)
    found = root.xpath("//*[local-name()='process'][@id=$id]", id=version.process_id)
    if not found:
        raise NotFound(f"process {version.process_id} is not in its file {version.file.filename}")
    return found[0]


def process_elements(version: ProcessVersion) -> dict[str, str]:
    """Each element id of the version's process with a canonical text of its own XML."""
    elements: dict[str, str] = {}
    _collect(_process(version), elements)
    return elements


def _collect(container: etree._Element, elements: dict[str, str]) -> None:
    for child in container:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        local = etree.QName(child).localname
        if child.get("id") and local not in NOT_DRAWN:
            elements[child.get("id")] = _canonical(child)
        if local in CONTAINERS:
            _collect(child, elements)


def _canonical(element: etree._Element) -> str:
    """Tag, attributes, text and children in one string, leaving out whitespace and counted children."""
    parts = [etree.QName(element).text, repr(sorted(element.attrib.items())), (element.text or "").strip()]
    is_container = etree.QName(element).localname in CONTAINERS
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if is_container and (child.get("id") or etree.QName(child).localname in NOT_DRAWN):
            continue  # compared on their own
        parts += [_canonical(child), (child.tail or "").strip()]
    return "\x1f".join(parts)


def deployed_file(process_id: str, version: int) -> tuple[str, bytes]:
    """The file name and bytes the version was deployed from, as uploaded (re-uploading it is a no-op)."""
    found = process_version(process_id, version)
    return found.file.filename, found.file.content
