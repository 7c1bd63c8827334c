"""Model tests in the engine: run a process spec on scripted answers, or read a finished run's script back.

A test case scripts what the world would do: the start data, the answers people give at each user task
and the results connectors return, each keyed by the task's BPMN id (a connector's result may also be
keyed by the connector's name), the messages that arrive (by message name) and the timers that fire (by
the timer event's BPMN id). Nothing here touches the database or a real connector.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.specs.event_definitions.timer import CycleTimerEventDefinition
from SpiffWorkflow.bpmn.specs.event_definitions.timer import TimerEventDefinition
from SpiffWorkflow.util.task import TaskState

from app.engine import runtime
from app.engine.specs import ConnectorTask
from app.sandbox import cpu_budget_used

MAX_ROUNDS = 100  # user tasks and connector calls one replay may answer (a loop that never ends stops here;
# each round walks the task tree, which the loop grows: 500 rounds held a validate request 20 s per case)


@dataclass
class Script:
    """What a test case answers: lists are used one item per visit, in order; the last item is repeated.

    ``messages`` (message name -> payload, or a list of payloads) and ``timers`` (timer event id -> ``true``,
    or how many times it fires) are events, not answers: each is given as soon as the process waits for it,
    before any waiting user task or connector call is answered (so a boundary message on a user task
    interrupts it), and a message's payloads are used once each, the last one not repeated.
    """

    user_tasks: Mapping[str, Any] = field(default_factory=dict)
    connectors: Mapping[str, Any] = field(default_factory=dict)
    messages: Mapping[str, Any] = field(default_factory=dict)
    timers: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._used: dict[str, int] = {}
        self._events: dict[str, int] = {}

    def event(self, key: str, scripted: Mapping[str, Any]) -> tuple[bool, Any]:
        """The next delivery of message or timer ``key``: a message's payload, a timer's ``True``."""
        value = scripted.get(key)
        if value is None or value is False:
            return False, None
        used = self._events.get(key, 0)
        if isinstance(value, list):
            items = value
        elif value is True:
            items = [True] * (used + 1)
        elif isinstance(value, int):
            items = [True] * value
        else:
            items = [value]
        if used >= len(items):
            return False, None
        self._events[key] = used + 1
        return True, items[used]

    def answer(self, key: str, scripted: Mapping[str, Any]) -> tuple[bool, Any]:
        if key not in scripted:
            return False, None
        value = scripted[key]
        if not isinstance(value, list):
            return True, value
        if not value:
            return False, None
        used = self._used.get(key, 0)
        self._used[key] = used + 1
        return True, value[min(used, len(value) - 1)]


@dataclass
class Replay:
    """Where a scripted run ended: the elements it passed, its data, and why it stopped if unfinished."""

    path: list[str]
    data: dict[str, Any]
    status: str  # completed | error | stopped
    stopped_at: str | None = None  # the element it stopped at when not completed
    reason: str = ""


def replay(spec_json: str, flavour: str, data: Mapping[str, Any], script: Script,
           engine: runtime.OrdraScriptEngine) -> Replay:
    """Run the process in ``spec_json`` from ``data``, answering its user tasks and connector calls from
    ``script``, until it completes, fails or waits for something the script does not answer."""
    workflow = runtime.new_workflow(0, flavour, spec_json, data, engine)
    error = runtime.run_to_wait(workflow)
    for _ in range(MAX_ROUNDS):
        if error is not None:
            return _ended(workflow, "error", error.task_name, error.message)
        if workflow.completed:
            return _ended(workflow, "completed")
        budget = cpu_budget_used()
        if budget is not None:
            return _ended(workflow, "stopped", None, f"stopped: the test cases run together used their CPU-time "
                                                     f"limit of {budget:g} s")
        step = _answer_next(workflow, script)
        if isinstance(step, Replay):
            return step
        error = step
    return _ended(workflow, "stopped", None, f"stopped after answering {MAX_ROUNDS} tasks")


def _answer_next(workflow: BpmnWorkflow, script: Script) -> runtime.TaskError | None | Replay:
    """Give one scripted message or timer, else answer one waiting user task or connector call; a ``Replay``
    when the script has no answer."""
    given, error = _scripted_event(workflow, script)
    if given:
        return error
    for task in workflow.get_tasks(state=TaskState.READY, manual=True):
        bpmn_id = task.task_spec.bpmn_id
        found, answer = script.answer(bpmn_id, script.user_tasks)
        if not found or not isinstance(answer, Mapping):
            return _ended(workflow, "stopped", bpmn_id, f"the case gives no answer for user task '{bpmn_id}'")
        return runtime.complete_user_task(workflow, str(task.id), answer)
    for task in workflow.get_tasks(state=TaskState.STARTED):
        if isinstance(task.task_spec, ConnectorTask):
            bpmn_id = task.task_spec.bpmn_id
            found, result = script.answer(bpmn_id, script.connectors)
            if not found:
                found, result = script.answer(task.task_spec.operation_name, script.connectors)
            if not found:
                return _ended(workflow, "stopped", bpmn_id,
                              f"the case gives no result for connector call '{bpmn_id}' "
                              f"({task.task_spec.operation_name})")
            return runtime.complete_connector_task(workflow, str(task.id), result)
    waiting = workflow.get_next_task(state=TaskState.WAITING)
    at = waiting.task_spec.bpmn_id if waiting is not None else None
    what = _waiting_for(waiting) if waiting is not None else "an event"
    return _ended(workflow, "stopped", at, f"the process waits for {what}, which the case does not script")


def _scripted_event(workflow: BpmnWorkflow, script: Script) -> tuple[bool, runtime.TaskError | None]:
    """Deliver the first awaited message or fire the first waiting timer the script gives, and run on:
    (True, the run's ``TaskError`` or None); (False, None) when the script gives none of the awaited ones."""
    for name in sorted(runtime.waiting_messages(workflow)):
        found, payload = script.event(name, script.messages)
        if found:
            return True, runtime.deliver_message(workflow, name, payload if isinstance(payload, Mapping) else {})
    for task in workflow.get_tasks(state=TaskState.WAITING):
        definition = getattr(task.task_spec, "event_definition", None)
        if isinstance(definition, TimerEventDefinition) and not isinstance(definition, CycleTimerEventDefinition):
            found, _ = script.event(task.task_spec.bpmn_id, script.timers)
            if found:
                definition.catch(task)  # fired now, whatever time it was set for
                return True, runtime.run_to_wait(workflow)
    return False, None


def _waiting_for(task: Any) -> str:
    definition = getattr(task.task_spec, "event_definition", None)
    if isinstance(definition, TimerEventDefinition):
        return f"timer '{task.task_spec.bpmn_id}'"
    name = getattr(definition, "name", None)
    return f"message '{name}'" if name else "an event"


def _ended(workflow: BpmnWorkflow, status: str, at: str | None = None, reason: str = "") -> Replay:
    result = runtime.outcome(workflow)
    return Replay(path=runtime.completed_task_ids(workflow), data=result.data, status=status, stopped_at=at,
                  reason=reason)


@dataclass
class Recording:
    """A finished run read back as a test case's script."""

    start_data: dict[str, Any]
    user_tasks: dict[str, list[dict[str, Any]]]
    connectors: dict[str, list[Any]]
    path: list[str]
    end_data: dict[str, Any]
    messages: dict[str, list[Any]] = field(default_factory=dict)
    timers: dict[str, int] = field(default_factory=dict)


def record(version_id: int, flavour: str, spec_json: str, state: str) -> Recording:
    """What a stored run was given (start data, answers, connector results) and where it went.

    An answer is what a user task added or changed in the data it was handed.
    """
    workflow = runtime.load_workflow(version_id, flavour, spec_json, state,
                                     runtime.OrdraScriptEngine(_no_decide, cpu_seconds=1.0))
    done = sorted((t for t in workflow.get_tasks(state=TaskState.COMPLETED) if t.task_spec.bpmn_id),
                  key=lambda task: task.last_state_change)
    user_tasks: dict[str, list[dict[str, Any]]] = {}
    connectors: dict[str, list[Any]] = {}
    messages: dict[str, list[Any]] = {}
    timers: dict[str, int] = {}
    for task in done:
        spec = task.task_spec
        definition = getattr(spec, "event_definition", None)
        message = getattr(definition, "name", None) if type(definition).__name__ == "MessageEventDefinition" else None
        if isinstance(definition, TimerEventDefinition):
            timers[spec.bpmn_id] = timers.get(spec.bpmn_id, 0) + 1
        elif message:
            variable = getattr(definition, "message_var", None)
            payload = task.data.get(variable, {}) if variable else {}
            messages.setdefault(str(message), []).append(runtime.jsonable(payload))
        if spec.manual:
            before = task.parent.data if task.parent is not None else {}
            answer = {key: value for key, value in task.data.items() if before.get(key, _MISSING) != value}
            user_tasks.setdefault(spec.bpmn_id, []).append(runtime.jsonable(answer))
        elif isinstance(spec, ConnectorTask):
            connectors.setdefault(spec.bpmn_id, []).append(runtime.jsonable(task.data.get(spec.result_variable)))
    return Recording(start_data=runtime.jsonable(_start_data(workflow)), user_tasks=user_tasks,
                     connectors=connectors, path=runtime.completed_task_ids(workflow),
                     end_data=runtime.outcome(workflow).data, messages=messages, timers=timers)


_MISSING = object()


def _start_data(workflow: BpmnWorkflow) -> dict[str, Any]:
    """The data the run was started with: set on its Start task (see ``runtime.new_workflow``)."""
    start = next((task for task in workflow.get_tasks() if task.task_spec.name == "Start"), None)
    return dict(start.data) if start is not None else {}


def _no_decide(decision_id: str, facts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    raise RuntimeError("reading a recording evaluates no decision")
