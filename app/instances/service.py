"""Running processes: start, complete work, connector results, timers, retry, cancel.

Each public function is one step of one instance inside the caller's unit of work; after the
engine step it brings the inbox, connector calls and history in line with the engine's outcome.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timedelta
from fnmatch import fnmatchcase
from typing import Any
from typing import NamedTuple

from flask import current_app
from sqlalchemy import Row
from sqlalchemy import and_
from sqlalchemy import event
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import true
from sqlalchemy import update
from sqlalchemy.orm import Session
from sqlalchemy.orm import undefer
from sqlalchemy.orm.exc import StaleDataError

from app import connectors
from app.auth.models import User
from app.database import commit_before_outside_call
from app.database import insert_at_commit
from app.database import locks_rows
from app.database import read_after_lock
from app.database import savepoint
from app.database import utcnow
from app.engine import instances as engine
from app.engine.compensation import is_generated
from app.engine.models import InstanceEvent
from app.engine.models import ProcessInstance
from app.engine.models import ServiceCall
from app.engine.runtime import ConnectorTaskRef
from app.engine.runtime import Outcome
from app.engine.runtime import ReadyUserTask
from app.engine.runtime import TaskNotReady
from app.errors import Conflict
from app.errors import Forbidden
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.inbox.materialise import refresh_open_items
from app.inbox.materialise import sync_work_items
from app.inbox.models import WorkItem
from app.instances.listeners import LateAnswer
from app.instances.listeners import finish_listeners
from app.instances.listeners import late_answer_listeners
from app.instances.listeners import opening_listeners
from app.instances.listeners import step_listeners
from app.instances.listeners import system_started_processes
from app.jobs.queue import enqueue
from app.jobs.queue import recheck_at
from app.shared_cache import carry_to_outside_calls
from app.shared_cache import note_generation
from app.shared_cache import with_generation
from app.studio import decisions
from app.studio.models import ProcessVersion
from app.studio.service import attach_version
from app.studio.service import form_as_of
from app.studio.service import latest_process
from app.task_data import check_given_data

log = logging.getLogger(__name__)

# What the current transaction's steps were, by instance id (see ``step_of``).
_STEPS = "ordra_steps"
START, USER, CONNECTOR, RETRY, OTHER = "start", "user", "connector", "retry", "other"


def step_of(instance: ProcessInstance) -> tuple[str, bool]:
    """The kind of the instance's last step in this transaction (``start``, ``user``, ``connector``,
    ``retry`` (a retry or skip of a failed task, or a connector call made again after a failure) or
    ``other`` (timers, messages, cancelling, migrating)) and whether it opened or closed any work item.

    Step listeners run on every step, so each first asks this and returns at once when the step cannot
    concern it (most steps concern no fallout and no one's work)."""
    kind, items_changed = db.session.info.get(_STEPS, {}).get(instance.id, (OTHER, True))
    return kind, items_changed


def _note_step(instance: ProcessInstance, kind: str, items_changed: bool) -> None:
    db.session.info.setdefault(_STEPS, {})[instance.id] = (kind, items_changed)


@dataclass(frozen=True)
class Start:
    """A process to start: the newest version of ``process_id`` with ``data`` (for the order ``order_id``)."""

    process_id: str
    data: Mapping[str, Any]
    order_id: int | None = None


def start_process(process_id: str, data: Mapping[str, Any], *, actor_id: int | None,
                  order_id: int | None = None) -> ProcessInstance:
    """Start the newest version of ``process_id`` and run it to its first wait state."""
    (instance,) = start_processes([Start(process_id, data, order_id)], actor_id=actor_id)
    return instance


def start_processes(starts: list[Start], *, actor_id: int | None) -> list[ProcessInstance]:
    """Start each of ``starts`` as :func:`start_process` does, stored together: one INSERT for the instances
    and one for the connector calls they start, where starting them one by one costs one per row (an order's
    decomposition starts a dozen plans at once)."""
    started = []
    for start in starts:
        version = latest_process(start.process_id)
        started.append((version, *engine.start_unflushed(version, start.data, actor_id=actor_id,
                                                          decide=decisions.decider(version.deployment_id),
                                                          order_id=start.order_id)))
    db.session.flush()
    new_calls: list[NewCall] = []
    for version, instance, outcome in started:
        record(instance, "started", actor_id=actor_id, message=f"{version.process_id} version {version.version}")
        new_calls += _bring_in_line(instance, outcome, START)
    _dispatch_calls(new_calls)
    for _version, instance, _outcome in started:
        _notify_listeners(instance)
    return [instance for _version, instance, _outcome in started]


def get_instance(instance_id: int) -> ProcessInstance:
    """The instance, with its saved workflow (every caller here steps it)."""
    instance = db.session.get(ProcessInstance, instance_id, options=[undefer(ProcessInstance.state)])
    if instance is None:
        raise NotFound(f"no instance {instance_id}")
    return instance


def complete_user_task(instance: ProcessInstance, task_id: str, data: Mapping[str, Any], *, actor_id: int) -> None:
    """Hand a validated form's data to the engine and run on. :raises Conflict: the task is not ready."""
    _step(instance, engine.complete_user_task(task_id, data), USER)


def retry(instance_id: int, *, actor_id: int | None, data: Mapping[str, Any] | None = None) -> ProcessInstance:
    """Run the failed task of an instance in ``error`` again (after the model or data was fixed).

    :raises Invalid: ``data`` over the limits of task data."""
    check_given_data(data or {})
    instance = get_instance(instance_id)
    if instance.status != "error":
        raise Conflict(f"instance {instance_id} is {instance.status}, not in error")
    record(instance, "retried", actor_id=actor_id, task_name=instance.error_task)
    _step(instance, engine.retry_failed_task(data), RETRY)
    return instance


def skip(instance_id: int, *, actor_id: int | None, data: Mapping[str, Any], reason: str,
         answer_checked: bool = False) -> ProcessInstance:
    """Mark the failed task of an instance in ``error`` done with ``data`` as its output, and run on
    (``answer_checked``: the caller checked ``data`` with :func:`check_skipped_answer` already).

    :raises Invalid: ``data`` over the limits of task data, or not what the failed call would answer."""
    check_given_data(data)
    instance = get_instance(instance_id)
    if instance.status != "error":
        raise Conflict(f"instance {instance_id} is {instance.status}, not in error")
    if not answer_checked:
        check_skipped_answer(instance, data)
    record(instance, "skipped", actor_id=actor_id, task_name=instance.error_task, message=reason,
           detail={"data": dict(data)})
    _step(instance, engine.skip_failed_task(data), RETRY)
    return instance


def skipped_answer_shape(instance: ProcessInstance) -> dict[str, Any] | None:
    """What skipping the instance's failed call gives, as an example: its result variable holding the fields its
    connector always answers (None: the failed task calls no other system)."""
    found = _failed_connector_task(instance)
    if found is None:
        return None
    call, task = found
    required = connectors.declared_answer(call.connector).get("required", [])
    return {task.result_variable: {name: "…" for name in required}}


def _failed_connector_task(instance: ProcessInstance) -> tuple[ServiceCall, ConnectorTaskRef] | None:
    call = failed_call(instance)
    task = engine.connector_tasks(instance, [call.task_id]).get(call.task_id) if call is not None else None
    return (call, task) if call is not None and task is not None else None


def check_skipped_answer(instance: ProcessInstance, data: Mapping[str, Any]) -> None:
    """A failed call to another system is skipped with what that system would have answered: under the task's result
    variable, as the connector declares its answer (the steps after it and the product inventory read it there).
    Anything else would be stored where nothing reads it. An undo (a compensation handler: a release, a cancelled
    booking) may be skipped with nothing: nothing after it reads its answer.

    :raises Invalid: a key other than the result variable, no answer to a forward call, or an answer the connector
        would never give."""
    found = _failed_connector_task(instance)
    if found is None:
        return  # a script or a decision failed: its output has no declared shape
    call, task = found
    variable = task.result_variable
    errors = [{"field": f"data.{key}", "message": f"'{call.task_name}' gives only '{variable}' (what "
               f"{call.connector} answers); '{key}' would be stored where nothing reads it"}
              for key in sorted(set(data) - {variable})]
    required = connectors.declared_answer(call.connector).get("required", [])
    if variable not in data and required and not is_generated(instance.process_version.process_id):
        errors.append({"field": f"data.{variable}", "message": f"give what {call.connector} would have answered "
                       f"({', '.join(required)}): the steps after '{call.task_name}' read it"})
    elif variable in data:
        errors += [{"field": f"data.{variable}" + ("" if problem["field"] == "(all)" else f".{problem['field']}"),
                    "message": f"{call.connector} never answers so: {problem['message']}"}
                   for problem in connectors.answer_problems(call.connector, data[variable])]
    if errors:
        raise Invalid(errors=errors)


def failed_call(instance: ProcessInstance) -> ServiceCall | None:
    """The last failed connector call of an instance in error, if its failing task is a service task."""
    return db.session.scalar(select(ServiceCall).where(ServiceCall.instance_id == instance.id,
                                                       ServiceCall.status == "failed",
                                                       ServiceCall.task_name == instance.error_task)
                             .order_by(ServiceCall.id.desc()).limit(1))


def cancel(instance_id: int, *, actor_id: int | None, reason: str = "") -> ProcessInstance:
    """Cancel the instance and the calls it has not made. A call to another system that a worker claimed may be
    being made at this moment: it stays pending, and its answer, when it comes, goes to the listeners (see
    :func:`_record_answer_after_cancel`) instead of being dropped with what the other system did."""
    instance = get_instance(instance_id)
    if instance.status in ("completed", "cancelled"):
        raise Conflict(f"instance {instance_id} is already {instance.status}")
    instance.status = "cancelled"
    record(instance, "cancelled", actor_id=actor_id, message=reason)
    _step(instance, engine.cancel(), OTHER)
    # One UPDATE, its condition checked on each row as last committed: a worker claiming a call at this moment
    # either commits its claim first (the row is left pending) or finds it locked by this UPDATE and leaves it.
    # (Ordra's own steps are never claimed.)
    db.session.execute(update(ServiceCall).where(
        ServiceCall.instance_id == instance.id,
        or_(ServiceCall.status == "waiting", and_(ServiceCall.status == "pending", ServiceCall.claimed_at.is_(None))))
        .values(status="cancelled").execution_options(synchronize_session="fetch"))
    return instance


def activities_under_way(instance_id: int) -> list[str]:
    """BPMN ids of the instance's tasks whose calls to other systems are pending: being made, or about to be."""
    task_ids = [task_id for task_id, connector in db.session.execute(
        select(ServiceCall.task_id, ServiceCall.connector).where(ServiceCall.instance_id == instance_id,
                                                                 ServiceCall.status == "pending"))
        if not connectors.runs_in_database(connector)]
    if not task_ids:
        return []
    return [task.bpmn_id for task in engine.connector_tasks(get_instance(instance_id), task_ids).values()]


def answers_awaited(order_id: int) -> bool:
    """Are calls of the order's cancelled instances still being made (their answers not in yet, see :func:`cancel`)?"""
    return db.session.scalar(select(ServiceCall.id).join(ProcessInstance, ProcessInstance.id == ServiceCall.instance_id)
                             .where(ProcessInstance.order_id == order_id, ProcessInstance.status == "cancelled",
                                    ServiceCall.status == "pending").limit(1)) is not None


def continue_run(instance: ProcessInstance, *, chunk_steps: int) -> None:
    """Run up to ``chunk_steps`` more engine tasks of a run an earlier step left to background jobs."""
    _step(instance, engine.continue_run(), OTHER, chunk_steps=chunk_steps)


def _step(instance: ProcessInstance, action: engine.Action, kind: str, *,
          chunk_steps: int | None = None) -> Outcome:
    attach_version(instance.process_version_id)  # the version (and its spec) from the model cache, not a SELECT
    instance_id = instance.id  # a failed flush leaves the row unreadable until the rollback: named before
    try:
        outcome = engine.advance(instance, action, decide=decisions.decider(instance.process_version.deployment_id),
                                 chunk_steps=chunk_steps, flush=_CHAIN not in db.session.info)
    except TaskNotReady as exc:
        raise Conflict(str(exc)) from None
    except StaleDataError:
        raise Conflict(f"instance {instance_id} was changed by someone else; try again") from None
    _apply(instance, outcome, kind)
    log.info("instance stepped", extra={"instance_id": instance.id, "order_id": instance.order_id,
                                        "status": instance.status})
    return outcome


def _apply(instance: ProcessInstance, outcome: Outcome, kind: str) -> None:
    """Bring work items, connector calls and history in line with one instance's step, then tell the listeners."""
    _dispatch_calls(_bring_in_line(instance, outcome, kind))
    _notify_listeners(instance)


NewCall = tuple[ProcessInstance, ServiceCall]


def _bring_in_line(instance: ProcessInstance, outcome: Outcome, kind: str) -> list[NewCall]:
    """Bring work items, connector calls and history in line with ``outcome``; the new calls are returned
    unflushed, for :func:`_dispatch_calls`."""
    deployment_id = instance.process_version.deployment_id
    items_changed = kind == USER
    if instance.process_version.waits_for_people:
        before = db.session.info.get(_STEPS, {}).get(instance.id)
        created = sync_work_items(instance.id, outcome.user_tasks, lambda task: _form_for(task, deployment_id),
                                  new_instance=kind == START, before_storing=lambda items: _opening(instance, items))
        for item in created:
            record(instance, "task_ready", task_name=item.title, detail={"work_item": item.id, "role": item.role})
        # a step other than a person's or a connector's answer may have withdrawn a task (a timer, a message)
        items_changed = items_changed or bool(created) or kind not in (START, CONNECTOR) or before is not None
    _note_step(instance, kind, items_changed)
    for explanation in outcome.decisions:
        record(instance, "decision", task_name=str(explanation.get("decision_id", "")), detail=explanation)
    new_calls = [(instance, call) for request in outcome.connector_requests
                 if (call := _new_service_call(instance, request.task_id, request.task_name, request.connector,
                                               request.params, first=request.new and kind != RETRY))]
    if outcome.error is not None and instance.status == "error":
        record(instance, "error", task_name=outcome.error.task_name, message=outcome.error.message)
    if outcome.completed and instance.status == "completed":
        record(instance, "completed")
    return new_calls


def _notify_listeners(instance: ProcessInstance) -> None:
    """Tell the finish listeners (when the instance ended) and the step listeners about the step. In a chain the
    finish listeners hear of the instance when the chain's steps are done, with the others it ended (see
    :func:`_record_chain`): a wave that ends five plans of an order starts what they unblock together."""
    if instance.status in _ENDED:
        chain: _Chain | None = db.session.info.get(_CHAIN)
        if chain is None:
            _tell_finished([instance])
        elif instance not in chain.finished:
            chain.finished.append(instance)
    for listener in step_listeners():
        listener(instance)


_ENDED = ("completed", "error", "cancelled")


def _opening(instance: ProcessInstance, items: list[WorkItem]) -> None:
    for listener in opening_listeners():
        listener(instance, items)


def _tell_finished(finished: list[ProcessInstance]) -> None:
    if finished:
        for listener in finish_listeners():
            listener(finished)


def _form_for(task: ReadyUserTask, deployment_id: int) -> dict[str, Any]:
    if task.camunda_fields:
        return {"kind": "camunda", "fields": task.camunda_fields}
    if not task.form_file:
        return {"kind": "none"}
    schema = form_as_of(task.form_file, deployment_id)
    ui = form_as_of(task.ui_file, deployment_id) if task.ui_file else None
    return {"kind": "json_schema", "file": task.form_file, "schema": schema.schema if schema else {},
            "ui": ui.schema if ui else None}


def _new_service_call(instance: ProcessInstance, task_id: str, task_name: str, connector: str,
                      params: dict[str, Any], first: bool = False) -> ServiceCall | None:
    """One pending call per started connector task; a retried task gets a new attempt (new key). The call
    is added unflushed (None: the task has its pending call already).

    :param first: the task started in this step and was not retried: it has no call yet (no need to look).
    """
    calls = [] if first else db.session.scalars(select(ServiceCall).where(ServiceCall.instance_id == instance.id,
                                                                          ServiceCall.task_id == task_id)).all()
    if any(c.status == "pending" for c in calls):
        return None
    attempt = len(calls) + 1
    call = ServiceCall(instance_id=instance.id, task_id=task_id, task_name=task_name, connector=connector,
                       params=params, attempt=attempt, idempotency_key=f"{instance.id}:{task_id}:{attempt}",
                       next_check_at=recheck_at())
    db.session.add(call)
    return call


def _dispatch_calls(calls: list[NewCall]) -> None:
    """Store new calls (one flush for all: their ids), record them, and have each made: next in this chain
    (Ordra's own steps), by this chain's next wave (other systems), or by a job of its own."""
    if not calls:
        return
    chain: _Chain | None = db.session.info.get(_CHAIN)
    if chain is None or chain.hands_over:
        claimed_at = _hand_over_time()
        for _instance, call in calls:
            if not connectors.runs_in_database(call.connector):
                call.claimed_at = claimed_at  # for the job this unit enqueues (see _hand_over), with the row
    db.session.flush()
    for instance, call in calls:
        record(instance, "service_call", task_name=call.task_name,
               detail={"call": call.id, "connector": call.connector, "attempt": call.attempt})
        if chain is None:  # made when this unit of work ends (see run_started_calls)
            db.session.info.setdefault(_STARTED, []).append(_Started(call.id, call.connector, (call, instance)))
        elif connectors.runs_in_database(call.connector):
            chain.in_database.append(call.id)  # run next in this transaction
        else:
            chain.outside.append(call.id)  # called by this job after this transaction, with none open


_CHAIN = "ordra_call_chain"
_HELD = "ordra_chain_holds"
_STARTED = "ordra_started_calls"  # calls started by steps outside a chain (see _Started)


class _Started(NamedTuple):
    call_id: int
    connector: str
    # The call and its instance: the session keeps only rows something refers to, and the steps that run
    # the call in this transaction would otherwise load both again.
    rows: tuple[ServiceCall, ProcessInstance]


@dataclass
class _Chain:
    """The calls a ``run_service_call`` job goes on with: Ordra's own steps the current transaction's steps
    started, and calls to other systems, each made after the transaction before it commits."""
    in_database: deque[int] = field(default_factory=deque)
    outside: list[int] = field(default_factory=list)
    ran: int = 0
    finished: list[ProcessInstance] = field(default_factory=list)  # ended by its steps, not yet told (see above)
    hands_over: bool = False  # a unit of work's: its calls to other systems go to the one job it enqueues


def run_started_calls() -> None:
    """At the end of a unit of work outside a chain (a request, a timer's job), before it commits: run the Ordra
    steps its steps started, and theirs, in its transaction (up to ``COMMIT_CHAIN_MAX_CALLS``; a failure undoes
    them alone and leaves them to jobs), then claim its calls to other systems for one job, which makes them
    together as a wave. So a person's answer that sets the order going commits once, not once more per job
    that would have picked up each step."""
    started: list[_Started] = db.session.info.pop(_STARTED, None) or []
    if not started:
        return
    db.session.flush()  # the unit's own writes: a lost race there is the unit's (a 409), not its steps'
    own = [call.call_id for call in started if connectors.runs_in_database(call.connector)]
    chain = _Chain(outside=[call.call_id for call in started if not connectors.runs_in_database(call.connector)],
                   hands_over=True)
    budget = int(current_app.config["COMMIT_CHAIN_MAX_CALLS"])
    if own and budget > 0:
        _run_own_steps(own, chain, budget)
    else:
        for call_id in own:
            enqueue("run_service_call", call_id=call_id)
    if chain.outside:
        _hand_over(chain.outside)


def _run_own_steps(own: list[int], chain: _Chain, budget: int) -> None:
    outside_before = list(chain.outside)
    chain.in_database.extend(own)
    try:
        with savepoint():
            _record_chain([], chain, budget, [])
    except Exception:  # a bug or a lost race in one of them: undone alone, and each gets a job (and its retries)
        log.warning("Ordra's own steps could not run where they were started; they run as jobs", exc_info=True,
                    extra={"calls": own})
        chain.in_database.clear()
        chain.outside[:] = outside_before
        for call_id in own:
            enqueue("run_service_call", call_id=call_id)


def _hand_over(call_ids: list[int]) -> None:
    """Enqueue the one job that makes the unit's calls to other systems. Each was claimed for it as it was stored
    (:func:`_dispatch_calls`), so that job makes them without a transaction of its own to claim them first. (If
    the job is lost, the claims lapse after ``CONNECTOR_CLAIM_SECONDS``, at once when the process running
    in-process jobs restarts, or with ``ordra worker`` processes after ``CONNECTOR_CLAIM_GRACE_SECONDS`` (see
    :func:`release_lost_claims`), and the reconciler's job makes the calls.)"""
    claimed_at = _hand_over_time()
    enqueue("run_service_call", call_id=call_ids[0], wave=call_ids[1:], claimed=claimed_at.isoformat())


def _hand_over_time() -> datetime:
    """When this unit of work claims its calls to other systems (one time for all: its job's claim)."""
    claimed_at: datetime = db.session.info.setdefault(_HAND_OVER_AT, utcnow())
    return claimed_at


_HAND_OVER_AT = "ordra_hand_over_at"


def run_service_call(call_id: int, wave: list[int] | None = None, claimed: str | None = None) -> None:
    """Run a pending service call, then the calls its step started, and theirs (a chain), as one job.

    An order's fulfilment is a cascade of short steps (Ordra's own ``ordra/*`` steps, connector calls,
    the plans they start); running the cascade in one job instead of one job each is most of what a step
    costs. Ordra's own steps are database work: they run in the transaction that recorded the answer which
    started them. Calls to other systems go in waves, each made with no transaction (nor lock) open: the
    calls the last transaction's steps started are claimed (their rows locked, skipped if another worker
    holds them) and the claims committed together, the systems are called one after another, and their
    answers recorded in one new transaction (each only if its call is still pending), which also claims
    the next wave. The idempotency key never changes, so a call made again after a crash between the call
    and the record is recognised by the other system. At most ``STEP_CHAIN_MAX_CALLS`` calls run in one
    job; the rest get jobs of their own.
    """
    limit = max(1, int(current_app.config["STEP_CHAIN_MAX_CALLS"]))
    chain = _Chain(outside=[call_id, *(wave or [])])
    handed = datetime.fromisoformat(claimed) if claimed else None
    while chain.outside and chain.ran < limit:
        calls = chain.outside[:limit - chain.ran]
        del chain.outside[:len(calls)]
        _run_wave(calls, chain, limit, handed)  # (only the calls handed over carry that claim time)
    for left in chain.outside:
        enqueue("run_service_call", call_id=left, claimed=claimed)


def _run_wave(wave: list[int], chain: _Chain, limit: int, handed: datetime | None = None) -> None:
    claims = _claim_calls(wave, handed)
    answers: list[tuple[int, ConnectorAnswer | None]] = []
    for call_id, (connector, params, key) in claims:
        try:
            answer = None if connectors.runs_in_database(connector) else _call_connector(connector, params, key)
        except Exception:  # the client itself failed (not the system's answer): that call is not in flight
            for unanswered, _claim in claims[len(answers):]:
                _release_claim(unanswered)
            for got, answer in answers:  # the answers already got are kept
                _record_alone(got, answer, chain, limit)
                commit_before_outside_call()
            for left in chain.outside:  # begun by those answers; this job stops here
                enqueue("run_service_call", call_id=left)
            chain.outside.clear()
            raise
        answers.append((call_id, answer))
    if len(answers) == 1:
        _record_alone(*answers[0], chain, limit)
        return
    outside_before = len(chain.outside)
    ran: list[int] = []
    try:
        _record_chain(answers, chain, limit - chain.ran, ran)
        chain.ran += len(ran)
    except Exception:  # one answer could not be recorded: each on its own, so only that one is undone
        db.session.rollback()
        del chain.outside[outside_before:]
        log.warning("a wave's answers could not be recorded together; recording each on its own",
                    exc_info=True, extra={"calls": [call_id for call_id, _ in answers]})
        failures: list[Exception] = []
        for call_id, answer in answers:
            try:
                _record_alone(call_id, answer, chain, limit)
                commit_before_outside_call()
            except Exception as exc:  # its claim is released (see _record_alone): the job's retry or the clock
                failures.append(exc)
        if failures:
            for left in chain.outside:
                enqueue("run_service_call", call_id=left)
            chain.outside.clear()
            raise failures[0] from None


def _record_alone(call_id: int, answer: ConnectorAnswer | None, chain: _Chain, limit: int) -> None:
    """Record one answer and run what its step started, in the open transaction (committed by the caller or
    the next wave's claims). A step of the chain that fails is undone alone; when the answer itself cannot
    be recorded, or what the plans it ended set off fails (the finish listeners, told at the chain's end), its
    claim is released and the error raised (the job's retry calls again, same key)."""
    outside_before = len(chain.outside)
    ran: list[int] = []
    try:
        _record_chain([(call_id, answer)], chain, limit - chain.ran, ran)
    except Exception:
        db.session.rollback()
        del chain.outside[outside_before:]  # started by the steps just rolled back
        if not ran:  # the answer itself could not be recorded (e.g. the instance was stepped meanwhile)
            _release_claim(call_id)
            raise
        log.warning("a call in a chain failed; the calls before it run again, the rest as jobs of their own",
                    exc_info=True, extra={"call_id": call_id, "ran": len(ran)})
        ran_before = len(ran)
        ran = []
        try:
            _record_chain([(call_id, answer)], chain, ran_before, ran)
        except Exception:  # it was what the steps that went through ended (a finish listener): as above
            db.session.rollback()
            del chain.outside[outside_before:]
            _release_claim(call_id)
            raise
    chain.ran += len(ran)


def _record_chain(answers: list[tuple[int, ConnectorAnswer | None]], chain: _Chain, budget: int,
                  ran: list[int]) -> None:
    """Record ``answers`` (None: call Ordra's own step now), then run up to ``budget`` calls in all of the
    Ordra steps that they start, and theirs, in this transaction; ``ran`` gets each call that went through."""
    db.session.info[_CHAIN] = chain
    db.session.info[_HELD] = []
    try:
        _lock_for_the_record([call_id for call_id, _ in answers])
        finished = _finish_answered(answers) if len(answers) > 1 else set()
        for call_id, answer in answers:
            if _record_call(call_id, answer, finished=call_id in finished):
                ran.append(call_id)
        while True:
            while chain.in_database and len(ran) < budget:
                next_id = chain.in_database.popleft()
                _record_call(next_id, None)
                ran.append(next_id)
            if not chain.finished:
                break
            ended, chain.finished = chain.finished, []
            # (one that went on in the chain after it ended, a failed task's call made again, is not told;
            # what they start may end more plans, or start Ordra steps: go on)
            _tell_finished([instance for instance in ended if instance.status in _ENDED])
        # The chain's steps were left unflushed (one UPDATE per table for all of them): a concurrent step on
        # one of their instances fails here, where the callers undo the chain and record its answers alone.
        db.session.flush()
    finally:
        chain.finished.clear()  # (told, or undone with the transaction)
        db.session.info.pop(_CHAIN, None)
        db.session.info.pop(_HELD, None)
    while chain.in_database:  # over the budget: jobs of their own
        enqueue("run_service_call", call_id=chain.in_database.popleft())


def _lock_for_the_record(call_ids: list[int]) -> None:
    """Lock the answered calls again, read as they are now (one may have been cancelled while its system
    answered), with their instances' saved workflows and the model generation (this is the record's first
    read), in one statement for the whole wave. On PostgreSQL the instances are read after each call's lock
    (``read_after_lock``); SQLite locks no row."""
    if not call_ids:
        return
    instance: Any
    if locks_rows():
        after_the_lock, instance = read_after_lock("ordra_lock_call", ServiceCall.id, ProcessInstance)
        read = select(ServiceCall, instance).join(after_the_lock, true()).with_for_update(of=ServiceCall.__table__)
    else:
        instance = ProcessInstance
        read = select(ServiceCall, ProcessInstance).join(ProcessInstance, ProcessInstance.id == ServiceCall.instance_id)
    rows = db.session.execute(with_generation(
        read.where(ServiceCall.id.in_(call_ids)).order_by(ServiceCall.id).options(undefer(instance.state))
        .execution_options(populate_existing=True))).all()
    if rows:
        note_generation(rows[0][2])


def _finish_answered(answers: list[tuple[int, ConnectorAnswer | None]]) -> set[int]:
    """Mark the wave's pending calls that got a result done before any of their instances steps, so that the
    first step's flush stores them all in one UPDATE; the ids of those marked."""
    finished = set()
    for call_id, answer in answers:
        call = db.session.get(ServiceCall, call_id)
        if call is not None and call.status == "pending" and answer is not None \
                and not isinstance(answer, (connectors.Deferred, connectors.ConnectorError)):
            _finish_call(call, "done", result=answer)
            finished.add(call_id)
    return finished


def _record_call(call_id: int, answer: ConnectorAnswer | None, *, finished: bool = False) -> bool:
    """Feed a pending call's answer to its instance (Ordra's own steps: compute it first). The calls a wave
    answered were locked by :func:`_lock_for_the_record`; a call this transaction created (a chain's next)
    is invisible to others until the commit: no lock needed.

    :param finished: the call was pending and :func:`_finish_answered` marked it done already.
    """
    call = db.session.get(ServiceCall, call_id)
    if call is None or (call.status != "pending" and not finished):
        return False
    if answer is None:
        answer = _call_connector(call.connector, dict(call.params), call.idempotency_key)
    instance = get_instance(call.instance_id)
    if instance.status == "cancelled":
        _record_answer_after_cancel(instance, call, answer)
    else:
        _record_answer(instance, call, answer)
    return True


def install_session_hooks() -> None:
    """Per-transaction bookkeeping of the step path (the factory calls this; SQLAlchemy's session events
    are process-wide, so once is enough and again is harmless)."""
    for name, handler in (("loaded_as_persistent", _hold_for_the_chain),
                          ("pending_to_persistent", _hold_for_the_chain),
                          ("after_commit", _forget_steps), ("after_rollback", _forget_steps)):
        if not event.contains(Session, name, handler):
            event.listen(Session, name, handler)


def _hold_for_the_chain(session: Session, obj: Any) -> None:
    """The session forgets a clean row nothing refers to, and the next step of a chain (same version, same
    order) would load it again: a chain holds what it loaded until it ends."""
    held: list[Any] | None = session.info.get(_HELD)
    if held is not None:
        held.append(obj)


def _forget_steps(session: Session) -> None:
    if not session.in_nested_transaction():  # a savepoint ended: the transaction goes on
        session.info.pop(_STEPS, None)
        session.info.pop(_HAND_OVER_AT, None)


Claim = tuple[str, dict[str, Any], str]  # connector, parameters, idempotency key


def _claim_calls(call_ids: list[int], handed: datetime | None = None) -> list[tuple[int, Claim]]:
    """Lock the pending calls; mark other systems' calls as being called and commit once for all. Calls that
    are done, locked or freshly claimed are left out, except those claimed at ``handed`` (by the transaction
    that enqueued this job, for it: nothing to commit then). (A lone Ordra step keeps its lock: it runs in this
    transaction; in a wave with other systems' calls it is locked again when its answer is recorded.) The lock's
    statement reads the model generation too: the calls to other systems made next take it."""
    claims: list[tuple[int, Claim]] = []
    claimed_now = False
    stale = _claims_made_before()
    # with each call its instance's status (a call handed to this job is not made if it was cancelled since)
    rows = db.session.execute(with_generation(
        select(ServiceCall, ProcessInstance.status).join(ProcessInstance, ProcessInstance.id == ServiceCall.instance_id)
        .where(ServiceCall.id.in_(call_ids)).with_for_update(skip_locked=True, of=ServiceCall)
        .execution_options(populate_existing=True))).all()
    generation = rows[0][2] if rows else None
    note_generation(generation)
    locked = {call.id: call for call, _status, _generation in rows}
    cancelled = {call.id for call, status, _generation in rows if status == "cancelled"}
    unwanted = _cancelled_before_made([call for call in locked.values()
                                       if call.status == "pending" and call.id in cancelled], handed)
    for call_id in call_ids:
        call = locked.get(call_id)
        if call is None or call.status != "pending" or call in unwanted:
            continue
        if not connectors.runs_in_database(call.connector) and (handed is None or call.claimed_at != handed):
            if call.claimed_at is not None and call.claimed_at > stale:
                continue  # a worker is calling it now
            call.claimed_at, claimed_now = utcnow(), True
        claims.append((call_id, (call.connector, dict(call.params), call.idempotency_key)))
    calls_out = any(not connectors.runs_in_database(connector) for _, (connector, _p, _k) in claims)
    if calls_out:
        carry_to_outside_calls(generation)  # what those systems read of Ordra's models (the simulator's rules)
    if claimed_now or unwanted:
        commit_before_outside_call()
    elif calls_out:
        db.session.rollback()  # all claimed for this job already: no lock may be held while they are called
    return claims


def _cancelled_before_made(calls: list[ServiceCall], handed: datetime | None) -> list[ServiceCall]:
    """Of ``calls`` (pending, of cancelled instances), those handed to this job (claimed for it at ``handed``):
    not made, since nothing was asked of the other system yet (a cancellation leaves a claimed call pending, as
    it may be being made). Each is recorded as skipped, and the late-answer listeners hear that the other system
    did nothing (a cancellation waiting for the answer can end)."""
    unwanted = [call for call in calls if handed is not None and call.claimed_at == handed]
    if not unwanted:
        return []
    instances = {instance.id: instance for instance in db.session.scalars(select(ProcessInstance).where(
        ProcessInstance.id.in_({call.instance_id for call in unwanted})))}
    for call in unwanted:
        instance = instances[call.instance_id]
        call.status, call.finished_at = "cancelled", utcnow()
        record(instance, "service_call_skipped", task_name=call.task_name,
               message="not made: its instance was cancelled before the call's job ran", detail={"call": call.id})
        _tell_late_answer(instance, call, None, done=False)
    return unwanted


def _claims_made_before() -> datetime:
    """Claims older than this were made by a worker that is gone: ``CONNECTOR_CLAIM_SECONDS`` ago, or, when
    this process runs the jobs itself (the embedded default), before it started (a killed process's calls are
    made again at once on restart, with the same idempotency key). (With ``ordra worker`` processes the reconciler
    releases younger claims that no live work holds: :func:`release_lost_claims`.)"""
    lease = utcnow() - timedelta(seconds=current_app.config["CONNECTOR_CLAIM_SECONDS"])
    if current_app.config["JOB_BACKEND"] == "rq":
        return lease
    started: datetime = current_app.extensions[STARTED_AT]
    return max(lease, started)


STARTED_AT = "ordra_started_at"  # app.extensions: when this process built its app


ClaimHolders = Callable[[int, datetime], bool]  # whether live work may hold a call's claim (call id, claim time)


def release_lost_claims(live_work: Callable[[], ClaimHolders]) -> list[int]:
    """Clear the claims older than ``CONNECTOR_CLAIM_GRACE_SECONDS`` (and not yet lapsed) that no live work
    holds: their job was lost with its worker, and the reconciler's job makes the calls again (same key) in
    about a minute rather than after the lease. The ids of the calls released.

    :param live_work: read what live work holds (the scale-out backend's queue and workers), asked only when
        claims that old are found: a claim lives for the grace without a look at the workers.
    """
    grace = utcnow() - timedelta(seconds=current_app.config["CONNECTOR_CLAIM_GRACE_SECONDS"])
    pending_and_claimed = and_(ServiceCall.status == "pending", ServiceCall.claimed_at < grace)
    claims = db.session.execute(select(ServiceCall.id, ServiceCall.claimed_at).where(
        pending_and_claimed, ServiceCall.claimed_at >= _claims_made_before())).all()
    if not claims:
        return []
    holds = live_work()
    lost = [call_id for call_id, claimed_at in claims if claimed_at is not None and not holds(call_id, claimed_at)]
    if not lost:
        return []
    # (checked again as the rows are now: a call answered, or claimed afresh, since it was read is left alone)
    released = list(db.session.scalars(update(ServiceCall).where(ServiceCall.id.in_(lost), pending_and_claimed)
                                       .values(claimed_at=None).returning(ServiceCall.id)
                                       .execution_options(synchronize_session=False)))
    if released:
        log.warning("claims of connector calls no live work holds were released; the calls are made again",
                    extra={"calls": released})
    return released


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


def _record_answer_after_cancel(instance: ProcessInstance, call: ServiceCall, answer: ConnectorAnswer) -> None:
    """The answer of a call that was being made when its instance was cancelled (see :func:`cancel`). The other
    system did what it answered, which the cancelled instance no longer takes: the listeners undo it."""
    if isinstance(answer, connectors.ConnectorError):
        _finish_call(call, "failed", error=answer)
    elif isinstance(answer, connectors.Deferred):  # it would answer later, to an instance that takes nothing
        call.status = "cancelled"
    elif call.status != "done":  # a wave's calls are marked done together first (see _finish_answered)
        _finish_call(call, "done", result=answer)
    record(instance, "service_result_after_cancel", task_name=call.task_name,
           detail={"call": call.id, "status": call.status})
    _tell_late_answer(instance, call, answer, done=call.status == "done")


def _tell_late_answer(instance: ProcessInstance, call: ServiceCall, result: Any, *, done: bool) -> None:
    """Tell the late-answer listeners what the other system did for ``call`` of a cancelled instance: ``result``
    if it did the work (``done``), else nothing (it failed, will never answer, or was never asked)."""
    task = engine.connector_tasks(instance, [call.task_id]).get(call.task_id)
    late = LateAnswer(call.task_name, task.bpmn_id if task else "",
                      {task.result_variable: result} if task and done else None)
    for listener in late_answer_listeners():
        listener(instance, late)


def resume_waiting_call(instance_id: int, connector: str, result: Any = None,
                        error: connectors.ConnectorError | None = None) -> bool:
    """Hand the late answer of a deferred connector call to its instance.

    :return: False when no call of ``connector`` waits on that instance (already resumed).
    """
    found = db.session.execute(
        select(ServiceCall, ProcessInstance).join(ProcessInstance, ProcessInstance.id == ServiceCall.instance_id)
        .where(ServiceCall.instance_id == instance_id, ServiceCall.connector == connector,
               ServiceCall.status == "waiting").options(undefer(ProcessInstance.state))).first()
    if found is None:
        return False
    call, instance = found
    if error is not None:
        _fail_call(instance, call, error)
    else:
        _complete_call(instance, call, result)
    return True


def _complete_call(instance: ProcessInstance, call: ServiceCall, result: Any) -> None:
    if call.status != "done":  # a wave's calls are marked done together first (see _finish_answered)
        _finish_call(call, "done", result=result)
    record(instance, "service_result", task_name=call.task_name, detail={"call": call.id})
    # a call made again (its task had failed) may resolve a fallout case: a retry as far as listeners go
    _step(instance, engine.complete_connector_task(call.task_id, result), RETRY if call.attempt > 1 else CONNECTOR)


def _fail_call(instance: ProcessInstance, call: ServiceCall, error: connectors.ConnectorError) -> None:
    _finish_call(call, "failed", error=error)
    _step(instance, engine.fail_connector_task(call.task_id, str(error)), CONNECTOR)


def _finish_call(call: ServiceCall, status: str, *, result: Any = None,
                 error: connectors.ConnectorError | None = None) -> None:
    call.status = status
    call.finished_at = utcnow()
    call.result = result if isinstance(result, dict) else {"value": result}
    if error is not None:
        call.error_code, call.error_message, call.result = error.code, str(error), error.response


def fire_timers(instance_id: int) -> None:
    """Let due timers of an instance fire and run on (nothing happens if none is due)."""
    instance = db.session.get(ProcessInstance, instance_id, options=[undefer(ProcessInstance.state)])
    if instance is None or instance.next_timer_at is None or instance.next_timer_at > utcnow():
        return
    _step(instance, engine.fire_timers(), OTHER)


def due_timer_instances(now: datetime) -> list[int]:
    return list(db.session.scalars(select(ProcessInstance.id).where(
        ProcessInstance.next_timer_at <= now, ProcessInstance.status.in_(("waiting", "running")))))


def record(instance: ProcessInstance, kind: str, *, actor_id: int | None = None, task_name: str = "",
           message: str = "", detail: dict[str, Any] | None = None) -> None:
    """Add an event to the instance's history.

    Events are written together when the transaction commits (or before anything reads history).
    """
    insert_at_commit(InstanceEvent, {"instance_id": instance.id, "at": utcnow(), "actor_id": actor_id, "kind": kind,
                                      "task_name": task_name, "message": message, "detail": detail or {}})


def recent_instances(limit: int) -> Sequence[Row[int, str, int, str, datetime]]:
    """The newest instances as the Instances page lists them: ``id, process_id, version, status, created_at``.
    Only those columns are read: a row's data and saved workflow can be megabytes each, and each instance's
    version was another query."""
    return db.session.execute(
        select(ProcessInstance.id, ProcessInstance.process_id, ProcessVersion.version, ProcessInstance.status,
               ProcessInstance.created_at)
        .join(ProcessVersion, ProcessVersion.id == ProcessInstance.process_version_id)
        .order_by(ProcessInstance.id.desc()).limit(limit)).all()


def startable_processes(user: User) -> list[str]:
    """Ids of the processes ``user`` may start by hand: those whose newest version is executable, less the ones
    Ordra starts itself (:func:`started_by_ordra`) unless ``user`` is a process admin."""
    rows = db.session.execute(select(ProcessVersion.process_id, ProcessVersion.executable)
                              .order_by(ProcessVersion.process_id, ProcessVersion.version)).all()
    latest = {process_id: executable for process_id, executable in rows}
    return sorted(p for p, executable in latest.items() if executable and _may_start(user, p))


def started_by_ordra(process_id: str) -> bool:
    """Whether Ordra starts ``process_id`` itself, for an order (``SYSTEM_STARTED_PROCESSES``, ``ORDER_PROCESS_ID``,
    and what the packages above name, see :func:`app.instances.listeners.add_system_started_processes`).

    Such a process acts on the order its data names (reserves, activates, releases): started by hand with
    made-up data it would act on any order, so only a process admin, who tests models in the studio, may.
    """
    config = current_app.config
    patterns = (*config["SYSTEM_STARTED_PROCESSES"], config.get("ORDER_PROCESS_ID") or "")
    return (any(pattern and fnmatchcase(process_id, pattern) for pattern in patterns)
            or any(process_id in processes() for processes in system_started_processes()))


def start_by_hand(process_id: str, data: Mapping[str, Any], *, user: User) -> ProcessInstance:
    """Start ``process_id`` for a person (the Instances page, the API).

    :raises Forbidden: Ordra starts it itself and ``user`` is no process admin.
    :raises NotFound: no such process.
    :raises Invalid: ``data`` over the limits of task data (``app.task_data``).
    """
    if not _may_start(user, process_id):
        raise Forbidden(f"{process_id} is started by Ordra itself for an order; only a process admin may start it "
                        "by hand")
    check_given_data(data)
    return start_process(process_id, data, actor_id=user.id)


def _may_start(user: User, process_id: str) -> bool:
    return user.has_role("process_admin") or not started_by_ordra(process_id)


def completed_activities(instance_id: int) -> list[str]:
    """BPMN ids of the activities an instance completed, oldest first."""
    return engine.completed_activities(get_instance(instance_id))


def waits_for_message(instance_id: int, name: str) -> bool:
    instance = get_instance(instance_id)
    return instance.status in ("waiting", "running") and name in engine.waiting_messages(instance)


def amend_data(instance_id: int, values: Mapping[str, Any], *, actor_id: int | None) -> ProcessInstance:
    """Give a running instance corrected ``values`` of data it holds by those names (its order's data was fixed):
    the tasks it has not done yet read them, and its open work items show them. An instance that is not running is
    left alone: an ended one did its work with what it had, and a failing one gets its fix with its retry.

    :raises Invalid: ``values`` over the limits of task data."""
    check_given_data(values)
    instance = get_instance(instance_id)
    if instance.status not in ("running", "waiting"):
        return instance
    record(instance, "data_amended", actor_id=actor_id, message=", ".join(f"{k} = {v}" for k, v in values.items()),
           detail={"values": dict(values)})
    outcome = _step(instance, engine.amend_data(values), OTHER)
    if instance.process_version.waits_for_people:
        refresh_open_items(instance.id, outcome.user_tasks)
    return instance


def deliver_message(instance_id: int, name: str, payload: Mapping[str, Any], *, actor_id: int | None) -> None:
    """Hand a message to a waiting instance (e.g. ``order_amended`` to a running plan). :raises Conflict:"""
    instance = get_instance(instance_id)
    record(instance, "message", actor_id=actor_id, message=name, detail={"payload": dict(payload)})
    _step(instance, engine.deliver_message(name, payload), OTHER)


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
    _apply(instance, outcome, OTHER)
    return ""
