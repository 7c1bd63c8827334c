"""An instance on its diagram: where it is, how often each element ran, and what each element holds.

The stored file is what the modeller uploaded; a model without diagram interchange is laid out when
drawn (``app.studio.layout``), so the file and its checksum stay exactly as deployed.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select
from sqlalchemy import bindparam
from sqlalchemy import select
from sqlalchemy.orm import defer
from sqlalchemy.orm import joinedload
from sqlalchemy.orm import undefer

from app.engine.diagram import element_states
from app.engine.models import ProcessInstance
from app.engine.models import ServiceCall
from app.errors import NotFound
from app.extensions import db
from app.fallout.service import cases_of_instance
from app.inbox.models import WorkItem
from app.studio.diagrams import element_ids_by_name
from app.studio.diagrams import process_diagram_xml


def instance_to_draw(instance_id: int) -> ProcessInstance:
    """The instance with what its diagram draws: its saved workflow (where it stands) and its version, in one
    query; not its data, which neither the marks nor the click details show.

    :raises NotFound: no such instance.
    """
    instance = db.session.scalars(_drawn_instance_query(), {"instance_id": instance_id}).one_or_none()
    if instance is None:
        raise NotFound(f"no instance {instance_id}")
    return instance


@cache  # building a statement costs SQLAlchemy about as much as running it
def _drawn_instance_query() -> Select[ProcessInstance]:
    return (select(ProcessInstance).where(ProcessInstance.id == bindparam("instance_id"))
            .options(undefer(ProcessInstance.state), defer(ProcessInstance.data), defer(ProcessInstance.progress),
                     joinedload(ProcessInstance.process_version)))


def instance_elements(instance: ProcessInstance) -> dict[str, dict[str, Any]]:
    """``{element id: {"state", "count", "at"}}`` for every element the instance reached."""
    version = instance.process_version
    states = element_states(version.id, version.flavour, version.spec_json or "", instance.state)
    return {element: {"state": s.state, "count": s.count, "at": s.changed_at.isoformat() if s.changed_at else None}
            for element, s in states.items()}


def instance_diagram(instance: ProcessInstance) -> dict[str, Any]:
    """``{"bpmn": xml, "elements": {...}}``: the drawable model and the instance's marks on it."""
    return {"bpmn": process_diagram_xml(instance.process_version), "elements": instance_elements(instance)}


def element_details(instance: ProcessInstance) -> dict[str, dict[str, Any]]:
    """What a click on an element shows beyond its state: its work items (with what people entered),
    its connector calls (parameters, results, errors), its fallout cases and its error."""
    details: dict[str, dict[str, Any]] = defaultdict(lambda: {"work_items": [], "fallouts": [], "calls": [],
                                                              "error": None})
    submitted = _submitted_data(instance)
    for item in db.session.scalars(select(WorkItem).where(WorkItem.instance_id == instance.id).order_by(WorkItem.id)):
        details[item.bpmn_id]["work_items"].append(_work_item(item, submitted.get(item.id)))
    names = _element_names(instance)
    for call in db.session.scalars(select(ServiceCall).where(ServiceCall.instance_id == instance.id)
                                   .order_by(ServiceCall.id)):
        details[names.get(call.task_name, call.task_name)]["calls"].append(_call(call))
    for case in cases_of_instance(instance.id):
        details[names.get(case.task_name, case.task_name)]["fallouts"].append(
            {"id": case.id, "status": case.status, "category": case.category, "message": case.message})
    if instance.status == "error" and instance.error_task:
        details[names.get(instance.error_task, instance.error_task)]["error"] = instance.error_message
    return dict(details)


def _work_item(item: WorkItem, entered: Any) -> dict[str, Any]:
    return {"id": item.id, "title": item.title, "status": item.status, "role": item.role,
            "assignee": item.assignee.username if item.assignee else None, "due": _iso(item.due_at),
            "jeopardy": item.jeopardy, "completed_by": item.completed_by.username if item.completed_by else None,
            "completed_at": _iso(item.completed_at), "data": entered}


def _call(call: ServiceCall) -> dict[str, Any]:
    return {"attempt": call.attempt, "connector": call.connector, "status": call.status, "params": call.params,
            "result": call.result, "error": call.error_message or None, "at": _iso(call.created_at),
            "finished_at": _iso(call.finished_at)}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _submitted_data(instance: ProcessInstance) -> dict[int, Any]:
    """What people entered, per work item, from the instance's history."""
    return {event.detail["work_item"]: event.detail.get("data") for event in instance.events
            if event.kind == "task_completed" and isinstance(event.detail, dict) and "work_item" in event.detail}


def _element_names(instance: ProcessInstance) -> dict[str, str]:
    return element_ids_by_name(instance.process_version)
