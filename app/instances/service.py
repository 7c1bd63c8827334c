"""Running processes: start, complete work, connector results, timers, retry, cancel.

Each public function is one step of one instance inside the caller's unit of work; after the
engine step it brings the inbox, connector calls and history in line with the engine's outcome.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta
from typing import Any

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from app import connectors
from app.database import commit_before_outside_call
from app.database import utcnow
from app.engine import instances as engine
from app.engine.models import InstanceEvent
from app.engine.models import ProcessInstance
from app.engine.models import ServiceCall
from app.engine.runtime import Outcome
from app.engine.runtime import ReadyUserTask
from app.engine.runtime import TaskNotReady
from app.errors import Conflict
from app.errors import NotFound
from app.extensions import db
from app.inbox.materialise import sync_work_items
from app.instances.listeners import finish_listeners
from app.instances.listeners import step_listeners
from app.jobs.queue import enqueue
from app.jobs.queue import recheck_at
from app.studio import decisions
from app.studio.models import ProcessVersion
from app.studio.service import form_as_of
from app.studio.service import latest_process

log = logging.getLogger(__name__)


def start_process(process_id: str, data: Mapping[str, Any], *, actor_id: int | None,
                  order_id: int | None = None) -> ProcessInstance:
    """Start the newest version of ``process_id`` and run it to its first wait state."""
    version = latest_process(process_id)
    instance, outcome = engine.start(version, data, actor_id=actor_id, decide=decisions.decider(version.deployment_id),
                                     order_id=order_id)
    record(instance, "started", actor_id=actor_id, message=f"{version.process_id} version {version.version}")
    _apply(instance, outcome)
    return instance


def get_instance(instance_id: int) -> ProcessInstance:
    instance = db.session.get(ProcessInstance, instance_id)
    if instance is None:
        raise NotFound(f"no instance {instance_id}")
    return instance


def complete_user_task(instance: ProcessInstance, task_id: str, data: Mapping[str, Any], *, actor_id: int) -> None:
    """Hand a validated form's data to the engine and run on. :raises Conflict: the task is not ready."""
    _step(instance, engine.complete_user_task(task_id, data))


def retry(instance_id: int, *, actor_id: int | None, data: Mapping[str, Any] | None = None) -> ProcessInstance:
    """Run the failed task of an instance in ``error`` again (after the model or data was fixed)."""
    instance = get_instance(instance_id)
    if instance.status != "error":
        raise Conflict(f"instance {instance_id} is {instance.status}, not in error")
    record(instance, "retried", actor_id=actor_id, task_name=instance.error_task)
    _step(instance, engine.retry_failed_task(data))
    return instance


def skip(instance_id: int, *, actor_id: int | None, data: Mapping[str, Any], reason: str) -> ProcessInstance:
    """Mark the failed task of an instance in ``error`` done with ``data`` as its output, and run on."""
    instance = get_instance(instance_id)
    if instance.status != "error":
        raise Conflict(f"instance {instance_id} is {instance.status}, not in error")
    record(instance, "skipped", actor_id=actor_id, task_name=instance.error_task, message=reason,
           detail={"data": dict(data)})
    _step(instance, engine.skip_failed_task(data))
    return instance


def failed_call(instance: ProcessInstance) -> ServiceCall | None:
    """The last failed connector call of an instance in error, if its failing task is a service task."""
    return db.session.scalar(select(ServiceCall).where(ServiceCall.instance_id == instance.id,
                                                       ServiceCall.status == "failed",
                                                       ServiceCall.task_name == instance.error_task)
                             .order_by(ServiceCall.id.desc()).limit(1))


def cancel(instance_id: int, *, actor_id: int | None, reason: str = "") -> ProcessInstance:
    instance = get_instance(instance_id)
    if instance.status in ("completed", "cancelled"):
        raise Conflict(f"instance {instance_id} is already {instance.status}")
    instance.status = "cancelled"
    record(instance, "cancelled", actor_id=actor_id, message=reason)
    _step(instance, engine.cancel())
    for call in db.session.scalars(select(ServiceCall).where(ServiceCall.instance_id == instance.id,
                                                             ServiceCall.status.in_(("pending", "waiting")))):
        call.status = "cancelled"
    return instance


def continue_run(instance: ProcessInstance, *, chunk_steps: int) -> None:
    """Run up to ``chunk_steps`` more engine tasks of a run an earlier step left to background jobs."""
    _step(instance, engine.continue_run(), chunk_steps=chunk_steps)


def _step(instance: ProcessInstance, action: engine.Action, *, chunk_steps: int | None = None) -> None:
    try:
        outcome = engine.advance(instance, action, decide=decisions.decider(instance.process_version.deployment_id),
                                 chunk_steps=chunk_steps)
    except TaskNotReady as exc:
        raise Conflict(str(exc)) from None
    except StaleDataError:
        raise Conflict(f"instance {instance.id} was changed by someone else; try again") from None
    _apply(instance, outcome)
    log.info("instance stepped", extra={"instance_id": instance.id, "order_id": instance.order_id,
                                        "status": instance.status})


def _apply(instance: ProcessInstance, outcome: Outcome) -> None:
    """Bring work items, connector calls and history in line with ``outcome``."""
    deployment_id = instance.process_version.deployment_id
    if instance.process_version.waits_for_people:
        for item in sync_work_items(instance.id, outcome.user_tasks, lambda task: _form_for(task, deployment_id)):
            record(instance, "task_ready", task_name=item.title, detail={"work_item": item.id, "role": item.role})
    for explanation in outcome.decisions:
        record(instance, "decision", task_name=str(explanation.get("decision_id", "")), detail=explanation)
    for request in outcome.connector_requests:
        _ensure_service_call(instance, request.task_id, request.task_name, request.connector, request.params)
    if outcome.error is not None and instance.status == "error":
        record(instance, "error", task_name=outcome.error.task_name, message=outcome.error.message)
    if outcome.completed and instance.status == "completed":
        record(instance, "completed")
    if instance.status in ("completed", "error", "cancelled"):
        for listener in finish_listeners():
            listener(instance)
    for listener in step_listeners():
        listener(instance)


def _form_for(task: ReadyUserTask, deployment_id: int) -> dict[str, Any]:
    if task.camunda_fields:
        return {"kind": "camunda", "fields": task.camunda_fields}
    if not task.form_file:
        return {"kind": "none"}
    schema = form_as_of(task.form_file, deployment_id)
    ui = form_as_of(task.ui_file, deployment_id) if task.ui_file else None
    return {"kind": "json_schema", "file": task.form_file, "schema": schema.schema if schema else {},
            "ui": ui.schema if ui else None}


def _ensure_service_call(instance: ProcessInstance, task_id: str, task_name: str, connector: str,
                         params: dict[str, Any]) -> None:
    """One pending call per started connector task; a retried task gets a new attempt (new key)."""
    calls = db.session.scalars(select(ServiceCall).where(ServiceCall.instance_id == instance.id,
                                                         ServiceCall.task_id == task_id)).all()
    if any(c.status == "pending" for c in calls):
        return
    attempt = len(calls) + 1
    call = ServiceCall(instance_id=instance.id, task_id=task_id, task_name=task_name, connector=connector,
                       params=params, attempt=attempt, idempotency_key=f"{instance.id}:{task_id}:{attempt}",
                       next_check_at=recheck_at())
    db.session.add(call)
    db.session.flush()
    record(instance, "service_call", task_name=task_name, detail={"call": call.id, "connector": connector,
                                                                  "attempt": attempt})
    enqueue("run_service_call", call_id=call.id)


def run_service_call(call_id: int) -> None:
    """Call the connector of a pending service call and feed its result to the instance.

    In three steps, so that no lock or transaction is held while another system answers: the call is
    claimed (its row locked, skipped if another worker holds it) and the claim committed; the connector is
    called outside any transaction; its answer is recorded in a new transaction if the call is still
    pending (not cancelled, nor recorded by a worker that took over a stale claim). The idempotency key
    never changes, so a call made again after a crash between the call and the record is recognised by the
    other system. Ordra's own steps (``ordra/...``) are database work, so they run in the recording
    transaction.
    """
    claim = _claim_call(call_id)
    if claim is None:
        return  # another worker has it, or it is done: a duplicate or retried job does nothing
    connector, params, key = claim
    answer = None if connectors.runs_in_database(connector) else _call_connector(connector, params, key)
    call = db.session.scalar(select(ServiceCall).where(ServiceCall.id == call_id).with_for_update())
    if call is None or call.status != "pending":
        return
    try:
        if answer is None:
            answer = _call_connector(connector, params, key)
        _record_answer(get_instance(call.instance_id), call, answer)
    except Exception:  # e.g. the instance was stepped meanwhile: the job's retry may call again at once
        _release_claim(call_id)
        raise


def _claim_call(call_id: int) -> tuple[str, dict[str, Any], str] | None:
    """Mark a pending call as being called and commit; None if it is done, locked or freshly claimed."""
    call = db.session.scalar(select(ServiceCall).where(ServiceCall.id == call_id).with_for_update(skip_locked=True))
    if call is None or call.status != "pending":
        return None
    stale = utcnow() - timedelta(seconds=current_app.config["CONNECTOR_CLAIM_SECONDS"])
    if call.claimed_at is not None and call.claimed_at > stale:
        return None  # a worker is calling it now
    call.claimed_at = utcnow()
    claim = (call.connector, dict(call.params), call.idempotency_key)
    commit_before_outside_call()
    return claim


def _release_claim(call_id: int) -> None:
    db.session.rollback()
    call = db.session.get(ServiceCall, call_id)
    if call is not None and call.status == "pending":
        call.claimed_at = None
        commit_before_outside_call()


ConnectorAnswer = Any  # a result, or the connectors.Deferred or connectors.ConnectorError it raised


def _call_connector(connector: str, params: dict[str, Any], key: str) -> ConnectorAnswer:
    try:
        return connectors.invoke(connector, params, idempotency_key=key)
    except (connectors.Deferred, connectors.ConnectorError) as exc:
        return exc


def _record_answer(instance: ProcessInstance, call: ServiceCall, answer: ConnectorAnswer) -> None:
    if isinstance(answer, connectors.Deferred):
        call.status = "waiting"
        record(instance, "service_waiting", task_name=call.task_name, detail={"call": call.id})
    elif isinstance(answer, connectors.ConnectorError):
        _fail_call(instance, call, answer)
    else:
        _complete_call(instance, call, answer)


def resume_waiting_call(instance_id: int, connector: str, result: Any = None,
                        error: connectors.ConnectorError | None = None) -> bool:
    """Hand the late answer of a deferred connector call to its instance.

    :return: False when no call of ``connector`` waits on that instance (already resumed).
    """
    call = db.session.scalar(select(ServiceCall).where(ServiceCall.instance_id == instance_id,
                                                       ServiceCall.connector == connector,
                                                       ServiceCall.status == "waiting"))
    if call is None:
        return False
    instance = get_instance(instance_id)
    if error is not None:
        _fail_call(instance, call, error)
    else:
        _complete_call(instance, call, result)
    return True


def _complete_call(instance: ProcessInstance, call: ServiceCall, result: Any) -> None:
    _finish_call(call, "done", result=result)
    record(instance, "service_result", task_name=call.task_name, detail={"call": call.id})
    _step(instance, engine.complete_connector_task(call.task_id, result))


def _fail_call(instance: ProcessInstance, call: ServiceCall, error: connectors.ConnectorError) -> None:
    _finish_call(call, "failed", error=error)
    _step(instance, engine.fail_connector_task(call.task_id, str(error)))


def _finish_call(call: ServiceCall, status: str, *, result: Any = None,
                 error: connectors.ConnectorError | None = None) -> None:
    call.status = status
    call.finished_at = utcnow()
    call.result = result if isinstance(result, dict) else {"value": result}
    if error is not None:
        call.error_code, call.error_message, call.result = error.code, str(error), error.response


def fire_timers(instance_id: int) -> None:
    """Let due timers of an instance fire and run on (nothing happens if none is due)."""
    instance = db.session.get(ProcessInstance, instance_id)
    if instance is None or instance.next_timer_at is None or instance.next_timer_at > utcnow():
        return
    _step(instance, engine.fire_timers())


def due_timer_instances(now: datetime) -> list[int]:
    return list(db.session.scalars(select(ProcessInstance.id).where(
        ProcessInstance.next_timer_at <= now, ProcessInstance.status.in_(("waiting", "running")))))


def record(instance: ProcessInstance, kind: str, *, actor_id: int | None = None, task_name: str = "",
           message: str = "", detail: dict[str, Any] | None = None) -> None:
    db.session.add(InstanceEvent(instance_id=instance.id, kind=kind, actor_id=actor_id, task_name=task_name,
                                 message=message, detail=detail or {}))


def recent_instances(limit: int) -> list[ProcessInstance]:
    return list(db.session.scalars(select(ProcessInstance).order_by(ProcessInstance.id.desc()).limit(limit)))


def startable_processes() -> list[str]:
    """Ids of processes whose newest version is executable."""
    rows = db.session.execute(select(ProcessVersion.process_id, ProcessVersion.executable)
                              .order_by(ProcessVersion.process_id, ProcessVersion.version)).all()
    latest = {process_id: executable for process_id, executable in rows}
    return sorted(p for p, executable in latest.items() if executable)


def completed_activities(instance_id: int) -> list[str]:
    """BPMN ids of the activities an instance completed, oldest first."""
    return engine.completed_activities(get_instance(instance_id))


def waits_for_message(instance_id: int, name: str) -> bool:
    instance = get_instance(instance_id)
    return instance.status in ("waiting", "running") and name in engine.waiting_messages(instance)


def deliver_message(instance_id: int, name: str, payload: Mapping[str, Any], *, actor_id: int | None) -> None:
    """Hand a message to a waiting instance (e.g. ``order_amended`` to a running plan). :raises Conflict:"""
    instance = get_instance(instance_id)
    record(instance, "message", actor_id=actor_id, message=name, detail={"payload": dict(payload)})
    _step(instance, engine.deliver_message(name, payload))


def migrate_instance(instance: ProcessInstance, source: ProcessVersion, target: ProcessVersion, *,
                     actor_id: int | None, migration_id: int) -> str:
    """Move a running instance from ``source`` onto ``target`` and run it on there; '' when moved, else why
    not (then it is untouched). The move is recorded in the instance's history."""
    if instance.status not in ("running", "waiting", "error"):
        return f"the instance is {instance.status}"
    if instance.process_version_id != source.id:
        return f"the instance is on version {instance.process_version.version} now, not {source.version}"
    verdict, outcome = engine.migrate(instance, target, decide=decisions.decider(target.deployment_id))
    if outcome is None:
        return verdict.reason
    record(instance, "migrated", actor_id=actor_id, message=f"version {source.version} → {target.version}",
           detail={"migration": migration_id, "from_version": source.version, "to_version": target.version,
                   "standing_on": verdict.standing})
    _apply(instance, outcome)
    return ""
