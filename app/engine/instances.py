"""Persisted steps: load an instance's workflow, act on it, run to the next wait state, save.

Each function here is one step inside the caller's unit of work. The instance row's version
column makes a concurrent step on the same instance fail at flush instead of running twice.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from flask import current_app

from app.database import utcnow
from app.engine import migration
from app.engine import milestones
from app.engine import replay
from app.engine import runtime
from app.engine.models import ProcessInstance
from app.engine.runtime import Decide
from app.engine.runtime import Outcome
from app.engine.runtime import TaskError
from app.extensions import db
from app.studio.models import ProcessVersion

Action = Callable[[Any], TaskError | None]


def _script_engine(decide: Decide, chunk_steps: int | None = None) -> runtime.OrdraScriptEngine:
    """The engine for one step; it runs ``chunk_steps`` engine tasks at most (``ENGINE_INLINE_STEPS`` unless
    a background job asks for more), and leaves the rest to a job."""
    config = current_app.config
    return runtime.OrdraScriptEngine(decide, config["SCRIPT_CPU_SECONDS"], config["SCRIPT_MEMORY_MB"],
                                      config["ENGINE_MAX_STEPS"], config["MULTI_INSTANCE_MAX_ITEMS"],
                                      chunk_steps or config["ENGINE_INLINE_STEPS"])


def start(version: ProcessVersion, data: Mapping[str, Any], *, actor_id: int | None, decide: Decide,
          order_id: int | None = None) -> tuple[ProcessInstance, Outcome]:
    """Create an instance of ``version`` with ``data``, run it to its first wait state and store it (flushed:
    it has its id). Starting several: :func:`start_unflushed` each, then one flush."""
    started = start_unflushed(version, data, actor_id=actor_id, decide=decide, order_id=order_id)
    db.session.flush()
    return started


def start_unflushed(version: ProcessVersion, data: Mapping[str, Any], *, actor_id: int | None, decide: Decide,
                    order_id: int | None = None) -> tuple[ProcessInstance, Outcome]:
    """:func:`start` without the flush: the instance has no id until the caller flushes (instances started
    together are then stored by one INSERT)."""
    instance = ProcessInstance(process_version=version, process_id=version.process_id, started_by_id=actor_id,
                               order_id=order_id, data=runtime.jsonable(dict(data)))
    db.session.add(instance)
    workflow = runtime.new_workflow(version.id, version.flavour, version.spec_json or "", data, _script_engine(decide))
    error = runtime.run_to_wait(workflow)
    return instance, _saved(instance, workflow, error)


def advance(instance: ProcessInstance, action: Action, *, decide: Decide, chunk_steps: int | None = None,
            flush: bool = True) -> Outcome:
    """Load ``instance``, apply ``action`` to its workflow, run to the next wait state (or for ``chunk_steps``
    engine tasks) and save.

    :param flush: store the step now, so that a concurrent step on the instance fails here (its version
        column). A caller that runs many steps in one transaction may leave it to one flush for all of them
        (one statement per table), and then answers for a concurrent step failing there.
    """
    version = instance.process_version
    workflow = runtime.load_workflow(version.id, version.flavour, version.spec_json or "", instance.state,
                                     _script_engine(decide, chunk_steps))
    error = action(workflow)
    return _save(instance, workflow, error, flush=flush)


def _save(instance: ProcessInstance, workflow: Any, error: TaskError | None, *, flush: bool = True) -> Outcome:
    result = _saved(instance, workflow, error)
    if flush:
        db.session.flush()
    return result


def _saved(instance: ProcessInstance, workflow: Any, error: TaskError | None) -> Outcome:
    result = runtime.outcome(workflow, error)
    instance.state = runtime.dump_workflow(instance.process_version.flavour, workflow)
    # A cancelled workflow forgets its data: the instance keeps what it had, which its plan's compensation, started
    # after the cancellation, needs to undo the work done (the visit booked, the resource reserved).
    if instance.status != "cancelled":
        instance.data = result.data
    instance.status = "cancelled" if instance.status == "cancelled" else result.status
    instance.error_message = result.error.message if result.error else ""
    instance.error_task = result.error.task_name if result.error else ""
    instance.next_timer_at = result.next_timer_at
    instance.progress = result.progress
    instance.updated_at = utcnow()
    if result.completed and instance.completed_at is None:
        instance.completed_at = utcnow()
    return result


def complete_user_task(task_id: str, data: Mapping[str, Any]) -> Action:
    return lambda workflow: runtime.complete_user_task(workflow, task_id, data)


def complete_connector_task(task_id: str, result: Any) -> Action:
    return lambda workflow: runtime.complete_connector_task(workflow, task_id, result)


def fail_connector_task(task_id: str, message: str) -> Action:
    return lambda workflow: runtime.fail_connector_task(workflow, task_id, message)


def retry_failed_task(data: Mapping[str, Any] | None = None) -> Action:
    return lambda workflow: runtime.retry_failed_task(workflow, data)


def skip_failed_task(data: Mapping[str, Any]) -> Action:
    return lambda workflow: runtime.skip_failed_task(workflow, data)


def deliver_message(name: str, payload: Mapping[str, Any]) -> Action:
    return lambda workflow: runtime.deliver_message(workflow, name, payload)


def amend_data(values: Mapping[str, Any]) -> Action:
    return lambda workflow: runtime.amend_data(workflow, values)


def fire_timers() -> Action:
    return runtime.run_to_wait


def continue_run() -> Action:
    """Go on with engine work an earlier step left (a long loop, a big multi-instance)."""
    return runtime.run_to_wait


def cancel() -> Action:
    def _cancel(workflow: Any) -> None:
        runtime.cancel(workflow)
        return None
    return _cancel


def completed_activities(instance: ProcessInstance) -> list[str]:
    """The BPMN ids of the instance's completed tasks, in the order they completed (read only)."""
    version = instance.process_version
    workflow = runtime.load_workflow(version.id, version.flavour, version.spec_json or "", instance.state,
                                     _script_engine(_no_decisions))
    return runtime.completed_task_ids(workflow)


def connector_tasks(instance: ProcessInstance, task_ids: list[str]) -> dict[str, runtime.ConnectorTaskRef]:
    """The instance's connector tasks ``task_ids`` (see ``runtime.connector_tasks``; read only)."""
    version = instance.process_version
    workflow = runtime.load_workflow(version.id, version.flavour, version.spec_json or "", instance.state,
                                     _script_engine(_no_decisions))
    return runtime.connector_tasks(workflow, task_ids)


def milestones_of(instance: ProcessInstance) -> list[milestones.Milestone]:
    """The customer milestones of a started instance: done, now and to come (read only; ``app.engine.milestones``).
    A process whose tasks carry no milestone is not loaded."""
    version = instance.process_version
    spec, _ = runtime.specs(version.id, version.flavour, version.spec_json or "")
    if not milestones.declares_milestones(spec):
        return []
    return milestones.of_running(runtime.load_workflow(version.id, version.flavour, version.spec_json or "",
                                                       instance.state, _script_engine(_no_decisions)))


def planned_milestones(version: ProcessVersion, data: Mapping[str, Any]) -> list[milestones.Milestone]:
    """The customer milestones an instance of ``version`` started with ``data`` will pass (nothing is stored)."""
    spec, _ = runtime.specs(version.id, version.flavour, version.spec_json or "")
    if not milestones.declares_milestones(spec):
        return []
    return milestones.of_unstarted(runtime.new_workflow(version.id, version.flavour, version.spec_json or "",
                                                        data, _script_engine(_no_decisions)))


def _no_decisions(decision_id: str, facts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    raise RuntimeError("a read-only load of a workflow evaluates no decision")


def waiting_messages(instance: ProcessInstance) -> set[str]:
    """The messages an instance can catch now (read only)."""
    version = instance.process_version
    workflow = runtime.load_workflow(version.id, version.flavour, version.spec_json or "", instance.state,
                                     _script_engine(_no_decisions))
    return runtime.waiting_messages(workflow)


def replay_case(spec_json: str, flavour: str, data: Mapping[str, Any], script: replay.Script, *,
                decide: Decide) -> replay.Replay:
    """Run a model test case on ``spec_json`` (deployed or only uploaded), storing nothing."""
    return replay.replay(spec_json, flavour, data, script, _script_engine(decide))


def recording(instance: ProcessInstance) -> replay.Recording:
    """A finished instance's start data, answers, connector results, path and end data (read only)."""
    version = instance.process_version
    return replay.record(version.id, version.flavour, version.spec_json or "", instance.state)


def _version(version: ProcessVersion) -> migration.Version:
    return migration.Version(version.id, version.flavour, version.spec_json or "")


def migration_check(instance: ProcessInstance, target: ProcessVersion) -> migration.Check:
    """Whether ``instance`` can move onto ``target`` (read only)."""
    source = instance.process_version
    workflow = runtime.load_workflow(source.id, source.flavour, source.spec_json or "", instance.state,
                                     _script_engine(_no_decisions))
    return migration.check(workflow, _version(target))


def migrate(instance: ProcessInstance, target: ProcessVersion, *, decide: Decide) -> tuple[migration.Check,
                                                                                           Outcome | None]:
    """Move ``instance`` onto ``target``, run it to its next wait state there and save; the outcome is None
    when it cannot move (then nothing changed)."""
    source = instance.process_version
    workflow = runtime.load_workflow(source.id, source.flavour, source.spec_json or "", instance.state,
                                     _script_engine(decide))
    verdict = migration.migrate(workflow, _version(target))
    if not verdict.movable:
        return verdict, None
    instance.process_version = target
    return verdict, _save(instance, workflow, runtime.run_to_wait(workflow))
