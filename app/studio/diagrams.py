"""The BPMN XML a viewer draws for a process version: the deployed file, laid out if it came without DI."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import undefer

from app.engine.diagram import PRECEDENCE
from app.engine.diagram import element_states
from app.engine.models import ProcessInstance
from app.errors import NotFound
from app.extensions import db
from app.studio.layout import layout_bytes
from app.studio.models import ProcessVersion
from app.xmlsafe import as_utf8
from app.xmlsafe import parse_xml


def process_diagram_xml(version: ProcessVersion) -> str:
    """The version's model file with a diagram; deployed files are immutable, so the layout is cached."""
    return _laid_out(version.file.sha256, version.file.content)


@lru_cache(maxsize=128)
def _laid_out(sha256: str, content: bytes) -> str:
    return layout_bytes(as_utf8(content)).decode("utf-8")


def element_ids_by_name(version: ProcessVersion) -> dict[str, str]:
    """Element names to ids: errors and fallout cases record a task by its name (or its id if unnamed)."""
    return dict(_names(version.file.sha256, version.file.content))


@lru_cache(maxsize=128)
def _names(sha256: str, content: bytes) -> tuple[tuple[str, str], ...]:
    root = parse_xml(content, "model.bpmn")
    return tuple((element.get("name", ""), element.get("id", "")) for element in root.iter()
                 if isinstance(element.tag, str) and element.get("name") and element.get("id"))


RUNNING_LIMIT = 500  # a heatmap of the newest 500 unfinished instances; beyond that it is a sample


def process_version(process_id: str, version: int) -> ProcessVersion:
    found: ProcessVersion | None = db.session.scalar(select(ProcessVersion).where(
        ProcessVersion.process_id == process_id, ProcessVersion.version == version))
    if found is None:
        raise NotFound(f"no process {process_id} version {version}")
    return found


def version_numbers(process_id: str) -> list[int]:
    """Every version number of a process, oldest first."""
    return list(db.session.scalars(select(ProcessVersion.version).where(ProcessVersion.process_id == process_id)
                                   .order_by(ProcessVersion.version)))


def newest_process_version(process_id: str) -> ProcessVersion:
    """The newest version, executable or not: the one the modeler opens."""
    found: ProcessVersion | None = db.session.scalar(
        select(ProcessVersion).where(ProcessVersion.process_id == process_id)
        .order_by(ProcessVersion.version.desc()).limit(1))
    if found is None:
        raise NotFound(f"no process {process_id} is deployed")
    return found


def running_counts(version: ProcessVersion) -> dict[str, Any]:
    """Per element, how many unfinished instances of ``version`` stand there (like Operate's heatmap).

    :returns: ``{"instances": n, "elements": {id: {"state", "count"}}}`` with state active, waiting or failed.
    """
    running = db.session.scalars(select(ProcessInstance).where(
        ProcessInstance.process_version_id == version.id,
        ProcessInstance.status.in_(("running", "waiting", "error"))).order_by(ProcessInstance.id.desc())
        .limit(RUNNING_LIMIT).options(undefer(ProcessInstance.state))).all()
    elements: dict[str, dict[str, Any]] = {}
    for instance in running:
        states = element_states(version.id, version.flavour, version.spec_json or "", instance.state)
        for element, mark in states.items():
            if mark.state in ("active", "waiting", "failed"):
                tally = elements.setdefault(element, {"state": mark.state, "count": 0})
                tally["count"] += 1
                if PRECEDENCE.index(mark.state) < PRECEDENCE.index(tally["state"]):
                    tally["state"] = mark.state
    return {"instances": len(running), "elements": elements}
