"""Keep an instance's open work items equal to its ready user tasks."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app.auth.roles import role_for_name
from app.engine.runtime import ReadyUserTask
from app.extensions import db
from app.inbox.instructions import render_instructions
from app.inbox.models import WorkItem

FormResolver = Callable[[ReadyUserTask], dict[str, Any]]
FALLBACK_ROLE = "process_admin"  # only for tasks of models deployed before role checks existed


def sync_work_items(instance_id: int, ready: list[ReadyUserTask], resolve_form: FormResolver,
                    *, new_instance: bool = False) -> list[WorkItem]:
    """Open a work item per new ready task and cancel items whose task is no longer ready.

    :param new_instance: the instance started in this transaction, so it has no items yet to look up.
    :return: the work items created.
    """
    open_items = [] if new_instance else db.session.scalars(
        select(WorkItem).where(WorkItem.instance_id == instance_id, WorkItem.status == "open")).all()
    ready_ids = {task.task_id for task in ready}
    for item in open_items:
        if item.task_id not in ready_ids:
            item.status = "cancelled"
    known = {item.task_id for item in open_items}
    created = [_new_item(instance_id, task, resolve_form) for task in ready if task.task_id not in known]
    db.session.add_all(created)
    db.session.flush()
    return created


def _new_item(instance_id: int, task: ReadyUserTask, resolve_form: FormResolver) -> WorkItem:
    return WorkItem(
        instance_id=instance_id, task_id=task.task_id, bpmn_id=task.bpmn_id, title=task.name,
        role=role_for_name(task.role_name) or FALLBACK_ROLE, form=resolve_form(task),
        instructions=render_instructions(task.instructions, task.data), task_data=task.data,
    )
