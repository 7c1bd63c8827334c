"""Process instances as JSON."""
from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select
from sqlalchemy import bindparam
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.auth.models import User
from app.engine.models import InstanceEvent
from app.engine.models import ProcessInstance
from app.errors import NotFound
from app.extensions import db
from app.fallout.service import cases_of_instance as fallout_cases
from app.inbox import materialise
from app.inbox.models import WorkItem
from app.inbox.presenters import work_item_json
from app.instances.service import START
from app.instances.service import step_of
from app.studio.models import ProcessVersion


def instance_to_show(instance_id: int) -> ProcessInstance:
    """The instance with its version, in one query, to be shown: neither its saved workflow nor its version's
    spec is loaded (a step needs them, not a reader; ``instances.get_instance`` is for steps).

    :raises NotFound: no such instance.
    """
    instance = db.session.scalars(_shown_instance_query(), {"instance_id": instance_id}).one_or_none()
    if instance is None:
        raise NotFound(f"no instance {instance_id}")
    return instance


def instance_json(instance: ProcessInstance, *, with_history: bool = False) -> dict[str, Any]:
    # a process where no one works has no work items; an instance started in this transaction has fallout
    # cases only if it failed in it
    items = _work_items(instance) if instance.process_version.waits_for_people else []
    just_started = step_of(instance)[0] == START and instance.status != "error"
    body: dict[str, Any] = {
        "id": instance.id,
        "process_id": instance.process_id,
        "version": instance.process_version.version,
        "status": instance.status,
        "progress": instance.progress,  # while engine work goes on in background jobs
        "data": instance.data,
        "error": {"task": instance.error_task, "message": instance.error_message} if instance.error_message else None,
        "created_at": instance.created_at.isoformat(),
        "completed_at": instance.completed_at.isoformat() if instance.completed_at else None,
        "tasks": [work_item_json(item) for item in items],
    }
    body["fallouts"] = [{"id": case.id, "task": case.task_name, "status": case.status, "category": case.category}
                        for case in ([] if just_started else fallout_cases(instance.id))]
    if with_history:
        body["events"] = [{"at": at.isoformat(), "kind": kind, "task": task, "message": message, "actor": actor,
                           "detail": detail}
                          for at, kind, task, message, actor, detail in db.session.execute(
                              _history_query(), {"instance_id": instance.id})]
    return body


def _work_items(instance: ProcessInstance) -> list[WorkItem]:
    """Every work item of the instance (one started in this transaction: the ones its steps created, in hand)."""
    in_hand = materialise.items_of_new_instance(instance.id)
    return in_hand if in_hand is not None else list(db.session.scalars(_items_query(), {"instance_id": instance.id}))


# Statements built once: building one costs SQLAlchemy about as much as running it.

@cache
def _shown_instance_query() -> Select[ProcessInstance]:
    return (select(ProcessInstance).where(ProcessInstance.id == bindparam("instance_id"))
            .options(joinedload(ProcessInstance.process_version).defer(ProcessVersion.spec_json)))


@cache
def _items_query() -> Select[WorkItem]:
    return select(WorkItem).where(WorkItem.instance_id == bindparam("instance_id")).order_by(WorkItem.id)


@cache
def _history_query() -> Select[datetime, str, str, str, str | None, dict[str, Any]]:
    """The instance's events, oldest first, with their actors' usernames (one statement, no users loaded)."""
    return (select(InstanceEvent.at, InstanceEvent.kind, InstanceEvent.task_name, InstanceEvent.message,
                   User.username, InstanceEvent.detail)
            .outerjoin(User, User.id == InstanceEvent.actor_id)
            .where(InstanceEvent.instance_id == bindparam("instance_id")).order_by(InstanceEvent.id))
