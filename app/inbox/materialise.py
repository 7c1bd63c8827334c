"""Keep an instance's open work items equal to its ready user tasks.

What a transaction did to an instance's work items is kept for the rest of it (``take_changes``): a
later step of the same instance starts from the items in hand instead of reading them again, and the
step listeners (jeopardy) see which items opened and closed without looking.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from sqlalchemy import event
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import object_session

from app.auth.roles import role_for_name
from app.engine.runtime import ReadyUserTask
from app.extensions import db
from app.inbox.instructions import render_instructions
from app.inbox.models import WorkItem

FormResolver = Callable[[ReadyUserTask], dict[str, Any]]
FALLBACK_ROLE = "process_admin"  # only for tasks of models deployed before role checks existed
_CHANGES = "ordra_work_item_changes"


@dataclass
class WorkItemChanges:
    """An instance's work items as this transaction left them.

    :ivar open: its open items after its last sync in this transaction (None: not synced in it).
    :ivar opened: items the syncs created since the changes were last taken.
    :ivar closed: items completed or cancelled since the changes were last taken.
    """

    open: list[WorkItem] | None = None
    opened: list[WorkItem] = field(default_factory=list)
    closed: list[WorkItem] = field(default_factory=list)
    every: list[WorkItem] | None = None  # an instance started in this transaction: every item it has


def sync_work_items(instance_id: int, ready: list[ReadyUserTask], resolve_form: FormResolver,
                    *, new_instance: bool = False,
                    before_storing: Callable[[list[WorkItem]], None] | None = None) -> list[WorkItem]:
    """Open a work item per new ready task and cancel items whose task is no longer ready.

    :param new_instance: the instance started in this transaction, so it has no items yet to look up.
    :param before_storing: called with the new items before they are stored (what it sets is in their INSERT).
    :return: the work items created.
    """
    changes = _changes(db.session()).setdefault(instance_id, WorkItemChanges())
    if new_instance:
        open_items: list[WorkItem] = []
    elif changes.open is not None:  # synced earlier in this transaction: closing an item since is noted too
        open_items = [item for item in changes.open if item.status == "open"]
    else:
        open_items = open_items_of(instance_id)
    ready_ids = {task.task_id for task in ready}
    for item in open_items:
        if item.task_id not in ready_ids:
            item.status = "cancelled"
    known = {item.task_id for item in open_items}
    created = [_new_item(instance_id, task, resolve_form) for task in ready if task.task_id not in known]
    if created:  # their ids now (the step records them); a cancellation is flushed with what comes next
        if before_storing is not None:
            before_storing(created)
        db.session.add_all(created)
        db.session.flush()
    changes.open = [item for item in open_items if item.status == "open"] + created
    changes.opened.extend(created)
    if new_instance:
        changes.every = []
    if changes.every is not None:
        changes.every.extend(created)
    return created


def refresh_open_items(instance_id: int, ready: list[ReadyUserTask]) -> None:
    """Give the instance's open items their task's data and instructions as they are now: its data was amended
    while they were open (its order's data was fixed), and whoever does one must read the new values."""
    changes = _changes(db.session()).get(instance_id)
    items = changes.open if changes is not None and changes.open is not None else open_items_of(instance_id)
    by_task = {task.task_id: task for task in ready}
    for item in items:
        task = by_task.get(item.task_id)
        if item.status == "open" and task is not None and item.task_data != task.data:
            item.task_data = task.data
            item.instructions = render_instructions(task.instructions, task.data)


def items_of_new_instance(instance_id: int) -> list[WorkItem] | None:
    """Every work item of an instance started in this transaction, oldest first (None: not started in it)."""
    changes = _changes(db.session()).get(instance_id)
    return None if changes is None or changes.every is None else list(changes.every)


def open_items_of(instance_id: int) -> list[WorkItem]:
    return list(db.session.scalars(select(WorkItem).where(WorkItem.instance_id == instance_id,
                                                          WorkItem.status == "open")))


def note_open_items(instance_id: int, items: list[WorkItem]) -> None:
    """Tell the transaction the instance's open items, as just read with something else (a person completing one
    of them), so that the instance's next sync does not read them again."""
    changes = _changes(db.session()).setdefault(instance_id, WorkItemChanges())
    if changes.open is None:
        changes.open = items


def take_changes(instance_id: int) -> WorkItemChanges | None:
    """The instance's open items as this transaction left them, with the items opened and closed since
    the last call (a step listener's: each change is handed over once). None: not synced in this transaction."""
    changes = _changes(db.session()).get(instance_id)
    if changes is None:
        return None
    taken = WorkItemChanges(changes.open, changes.opened, changes.closed, changes.every)
    changes.opened, changes.closed = [], []
    return taken


def _new_item(instance_id: int, task: ReadyUserTask, resolve_form: FormResolver) -> WorkItem:
    return WorkItem(
        instance_id=instance_id, task_id=task.task_id, bpmn_id=task.bpmn_id, title=task.name,
        role=role_for_name(task.role_name) or FALLBACK_ROLE, form=resolve_form(task),
        instructions=render_instructions(task.instructions, task.data), task_data=task.data,
        due_at=task.due_at,  # its own date (a booked visit's end) when it has one; else the SLA's, once timed
    )


def _changes(session: Session) -> dict[int, WorkItemChanges]:
    changes: dict[int, WorkItemChanges] = session.info.setdefault(_CHANGES, {})
    return changes


@event.listens_for(WorkItem.status, "set")
def _note_closed(item: WorkItem, value: str, old: Any, _initiator: Any) -> None:
    """Note every item leaving ``open`` (a person completing it, a sync cancelling it) wherever it happens,
    so that no listener misses one."""
    session = object_session(item)
    if session is not None and value != "open" and old != value:
        _changes(session).setdefault(item.instance_id, WorkItemChanges()).closed.append(item)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_soft_rollback")
def _forget_changes(session: Session, *_args: Any) -> None:
    """Kept for one transaction; a rollback (to a savepoint too) undoes what they describe."""
    session.info.pop(_CHANGES, None)
