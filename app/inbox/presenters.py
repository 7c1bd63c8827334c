"""Work items as JSON."""
from __future__ import annotations

from typing import Any

from app import taskforms
from app.inbox.models import WorkItem
from app.inbox.service import form_spec


def work_item_json(item: WorkItem, *, with_form: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": item.id,
        "name": item.title,
        "task": item.bpmn_id,
        "role": item.role,
        "status": item.status,
        "instance_id": item.instance_id,
        "order_id": item.instance.order_id,
        "assignee": item.assignee.username if item.assignee else None,
        "created_at": item.created_at.isoformat(),
        "due": item.due_at.isoformat() if item.due_at else None,
        "jeopardy": item.jeopardy,
    }
    if with_form:
        body["instructions"] = item.instructions
        body["data"] = item.task_data
        body["form"] = form_schema(item)
    return body


def form_schema(item: WorkItem) -> dict[str, Any]:
    """The JSON Schema the task's data must satisfy (Camunda fields are translated to one)."""
    form = item.form or {}
    if form.get("kind") == "json_schema":
        return dict(form["schema"])
    return taskforms.spec_to_json_schema(form_spec(item))
