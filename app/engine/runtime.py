"""Load, run and dump one workflow; report what it waits for in Ordra's own types.

Nothing here touches the database: ``app.engine.instances`` does the persistence around it.
"""
from __future__ import annotations

import base64
import json
import logging
import sys
import zlib
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any
from typing import NoReturn
from uuid import UUID

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.exceptions import WorkflowTaskException
from SpiffWorkflow.bpmn.specs.mixins.events.event_types import CatchingEvent
from SpiffWorkflow.bpmn.specs.mixins.multiinstance_task import LoopTask
from SpiffWorkflow.bpmn.specs.mixins.multiinstance_task import ParallelMultiInstanceTask
from SpiffWorkflow.bpmn.specs.mixins.multiinstance_task import SequentialMultiInstanceTask
from SpiffWorkflow.bpmn.specs.mixins.subworkflow_task import SubWorkflowTask
from SpiffWorkflow.bpmn.util import BpmnEvent
from SpiffWorkflow.bpmn.util.task import BpmnTaskIterator
from SpiffWorkflow.exceptions import WorkflowException
from SpiffWorkflow.util.deep_merge import DeepMerge
from SpiffWorkflow.util.task import TaskIterator
from SpiffWorkflow.util.task import TaskState

from app.engine import scale  # SpiffWorkflow made to scale (its patches apply on import)
from app.engine.parsing import camunda_field
from app.engine.script_env import SandboxedScriptEngine
from app.engine.script_env import SandboxedScriptEnvironment
from app.engine.serializer import serializer
from app.engine.serializer import spec_ref
from app.engine.specs import DUE_PROPERTY
from app.engine.specs import ConnectorTask
from app.engine.specs import task_properties
from app.sandbox import MEMORY_MB
from app.sandbox import ScriptError

log = logging.getLogger(__name__)
Decide = Callable[[str, Mapping[str, Any]], tuple[dict[str, Any], dict[str, Any]]]


MAX_ENGINE_STEPS = 50_000  # engine tasks one run may execute, over all its chunks (config ENGINE_MAX_STEPS)
CHUNK_STEPS = 500  # engine tasks one call runs before the rest is left to a background job (ENGINE_INLINE_STEPS)
STEPS_SO_FAR = "ordra_engine_steps"  # internal data of the root task: steps of the run so far


def _lift_depth_limit(iterator: type, max_depth_index: int) -> None:
    """SpiffWorkflow's task iterators stop 1,000 levels down the task tree, and every round of a loop adds
    a level or two: past some 500 rounds the engine found no next task and the instance stalled with no
    error. Ordra bounds runs by ``MAX_ENGINE_STEPS`` instead, so the depth limit is lifted."""
    defaults = list(iterator.__init__.__defaults__ or ())  # type: ignore[misc]
    if len(defaults) > max_depth_index and defaults[max_depth_index] == 1000:
        defaults[max_depth_index] = sys.maxsize
        iterator.__init__.__defaults__ = tuple(defaults)  # type: ignore[misc]


_lift_depth_limit(TaskIterator, 1)  # (end_at_spec, max_depth, depth_first, task_filter)
_lift_depth_limit(BpmnTaskIterator, 1)  # (end_at_spec, max_depth, depth_first, skip_subprocesses, task_filter)


MAX_MULTI_INSTANCE_ITEMS = 20_000  # instances one multi-instance task may have (config MULTI_INSTANCE_MAX_ITEMS)


def _multi_instance_items(spec: Any, task: Any) -> int:
    """How many instances a multi-instance task is about to create (0 when that cannot be told).

    Spiff copies the parent's data into the task only inside the hook, so the input is read from the parent
    until then."""
    source = task if task.data or task.parent is None else task.parent
    try:
        if spec.data_input is not None and spec.data_input.exists(source):
            items = spec.data_input.get(source)
            return len(items) if hasattr(items, "__len__") else 0
        if spec.cardinality:
            return int(task.workflow.script_engine.evaluate(task, spec.cardinality))
    except OverflowError:  # an infinite cardinality (``1e400``): more than any limit
        return sys.maxsize
    except (WorkflowException, ScriptError, TypeError, ValueError):
        pass  # the task itself reports what is wrong with its input
    return 0


def _refuse_to_start(my_task: Any, message: str) -> NoReturn:
    """Put a task that may not start in ERROR with ``message`` (a retry with fixed data works) and stop the run."""
    my_task.internal_data["error_message"] = message
    my_task._set_state(TaskState.ERROR)
    raise WorkflowTaskException(message, task=my_task)


def _limit_multi_instance(spec_class: type) -> None:
    """Refuse a multi-instance over too many items before Spiff creates a task (and a copy of the data) per
    item: 10,000 items took minutes and a gigabyte. The task goes to ERROR, so a retry with fixed data works."""
    create = spec_class._update_hook  # type: ignore[attr-defined]

    def _update_hook(self: Any, my_task: Any) -> Any:
        limit = getattr(my_task.workflow.script_engine, "max_items", MAX_MULTI_INSTANCE_ITEMS)
        items = _multi_instance_items(self, my_task)
        if items > limit:
            count = "unboundedly many" if items == sys.maxsize else f"{items:,}"
            _refuse_to_start(my_task, f"a multi-instance over {count} items; at most {limit:,} are run at once "
                                      "(MULTI_INSTANCE_MAX_ITEMS)")
        return create(self, my_task)

    spec_class._update_hook = _update_hook  # type: ignore[attr-defined]


_limit_multi_instance(ParallelMultiInstanceTask)
_limit_multi_instance(SequentialMultiInstanceTask)


MAX_SUBPROCESS_DEPTH = 50  # call activities and sub-processes one inside another in one instance


def _limit_nesting(spec_class: type) -> None:
    """Refuse to open a sub-process or called process more than ``MAX_SUBPROCESS_DEPTH`` levels down: a process
    that calls itself without end nested called processes until the step limit, each one dearer than the last
    (a model test of one held its validate request 40 s). The task goes to ERROR with the reason."""
    start = spec_class.start_workflow  # type: ignore[attr-defined]

    def start_workflow(self: Any, my_task: Any) -> Any:
        depth = getattr(my_task.workflow, "depth", 0) + 1  # the top workflow has no depth: 0
        if depth > MAX_SUBPROCESS_DEPTH:
            _refuse_to_start(my_task, f"sub-processes and called processes nested more than {MAX_SUBPROCESS_DEPTH} "
                                      "deep: does a process call itself without end?")
        return start(self, my_task)

    spec_class.start_workflow = start_workflow  # type: ignore[attr-defined]


_limit_nesting(SubWorkflowTask)


class TaskNotReady(Exception):
    """The task is unknown to the workflow or not in the state the caller expects."""


@dataclass
class ReadyUserTask:
    task_id: str
    bpmn_id: str
    name: str
    lane: str | None
    role_name: str | None
    form_file: str | None
    ui_file: str | None
    camunda_fields: list[dict[str, Any]] | None
    instructions: str
    data: dict[str, Any]
    due_at: datetime | None = None  # when the task's own data says it is due (``dueAt``): a booked visit's end


@dataclass
class ConnectorRequest:
    task_id: str
    task_name: str
    connector: str
    params: dict[str, Any]
    new: bool = False  # the task started in this step: no call was made for it yet (unless it was retried)


@dataclass
class TaskError:
    task_id: str
    task_name: str
    message: str


@dataclass
class Outcome:
    """Where a workflow stopped after a step."""

    completed: bool
    data: dict[str, Any]
    user_tasks: list[ReadyUserTask] = field(default_factory=list)
    connector_requests: list[ConnectorRequest] = field(default_factory=list)
    next_timer_at: datetime | None = None
    error: TaskError | None = None
    decisions: list[dict[str, Any]] = field(default_factory=list)
    progress: dict[str, Any] | None = None  # set while engine work is left for a background job

    @property
    def status(self) -> str:
        if self.completed:
            return "completed"
        if self.error is not None:
            return "error"
        return "running" if self.connector_requests or self.progress is not None else "waiting"


class OrdraScriptEngine(SandboxedScriptEngine):
    """The sandboxed script engine plus a ``decide`` hook for decision tasks."""

    def __init__(self, decide: Decide, cpu_seconds: float, memory_mb: int = MEMORY_MB,
                 max_steps: int = MAX_ENGINE_STEPS, max_items: int = MAX_MULTI_INSTANCE_ITEMS,
                 chunk_steps: int = CHUNK_STEPS) -> None:
        super().__init__(environment=SandboxedScriptEnvironment(cpu_seconds=cpu_seconds, memory_mb=memory_mb))
        self.max_steps = max_steps
        self.chunk_steps = chunk_steps
        self.max_items = max_items
        self._decide = decide
        self.decisions: list[dict[str, Any]] = []
        self.started_connector_tasks: set[UUID] = set()

    def decide(self, decision_id: str, facts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        outputs, explanation = self._decide(decision_id, facts)
        self.decisions.append(explanation)
        return outputs, explanation


def jsonable(value: Any) -> Any:
    """Task data as plain JSON values: dates as ISO strings, whole Decimals as integers and the others as
    decimal strings (``"30.30"``), never binary floats, so money keeps its exact value and its scale."""
    return json.loads(json.dumps(value, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        exponent = value.as_tuple().exponent
        # an integer over Python's int-to-text limit (4,300 digits) cannot be written as JSON: its text, then
        whole = isinstance(exponent, int) and exponent >= 0 and value.adjusted() < (sys.get_int_max_str_digits()
                                                                                    or value.adjusted() + 1)
        return int(value) if whole else str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (set, tuple)):
        return list(value)
    return None  # modules, functions and other non-data left behind by scripts are dropped


@lru_cache(maxsize=256)
def _specs(version_id: int, flavour: str, spec_json: str) -> tuple[Any, dict[str, Any]]:
    ser = serializer(flavour)
    stored = json.loads(spec_json)
    subs = {name: ser.from_dict(sub) for name, sub in stored["subprocess_specs"].items()}
    return ser.from_dict(stored["spec"]), subs


def specs(version_id: int, flavour: str, spec_json: str) -> tuple[Any, dict[str, Any]]:
    """A version's process spec and its subprocess specs (read once per version)."""
    return _specs(version_id, flavour, spec_json)


def new_workflow(version_id: int, flavour: str, spec_json: str, data: Mapping[str, Any],
                 engine: OrdraScriptEngine) -> BpmnWorkflow:
    spec, subprocess_specs = _specs(version_id, flavour, spec_json)
    workflow = BpmnWorkflow(spec, subprocess_specs, script_engine=engine)
    start = workflow.get_next_task(state=TaskState.READY)
    if start is not None:
        start.set_data(**dict(data))
    return workflow


def load_workflow(version_id: int, flavour: str, spec_json: str, state: str,
                  engine: OrdraScriptEngine) -> BpmnWorkflow:
    spec, subprocess_specs = _specs(version_id, flavour, spec_json)
    dct = json.loads(_unpacked(state))
    dct["spec"] = spec_ref(f"{version_id}", spec)
    dct["subprocess_specs"] = {name: spec_ref(f"{version_id}/{name}", sub) for name, sub in subprocess_specs.items()}
    workflow = serializer(flavour).from_dict(dct)
    workflow.script_engine = engine  # the engine is not serialized; never run with the default one
    return workflow


PACKED = "z1:"  # a saved state compressed (zlib, then base64 to stay text); plain JSON otherwise


def dump_workflow(flavour: str, workflow: BpmnWorkflow) -> str:
    """The workflow's state as text, without its spec (the process version holds that).

    A finished workflow is never stepped again, only read (its diagram, its completed activities):
    it is stored compressed, a sixth of the size. A running one stays plain JSON, read on every step.
    """
    text = json.dumps(serializer(flavour).to_dict(workflow), default=_json_default, separators=(",", ":"))
    if workflow.completed:  # run to its end, or cancelled
        return pack_state(text)
    return text


def pack_state(text: str) -> str:
    return PACKED + base64.b64encode(zlib.compress(text.encode(), 6)).decode("ascii")


def _unpacked(state: str) -> str:
    """The JSON of a saved state, compressed or not (states saved before compression are plain)."""
    if state.startswith(PACKED):
        return zlib.decompress(base64.b64decode(state[len(PACKED):])).decode()
    return state


def run_to_wait(workflow: BpmnWorkflow) -> TaskError | None:
    """Run engine tasks until only people, connectors, timers or messages are awaited, or until this call's
    share of engine tasks is used.

    One call runs at most ``chunk_steps`` engine tasks (the script engine's): a long loop or a big
    multi-instance stops with its next task still ready, and ``outcome`` reports progress, so that the
    caller hands the rest to a background job. Over all its calls a run (from one wait state to the next)
    may take ``max_steps`` engine tasks: a loop that goes on longer fails with a ``TaskError`` (and so a
    fallout) instead of holding workers forever; and an instance left with nothing to do but not finished
    is reported as stalled, never left waiting silently.
    """
    engine = workflow.script_engine
    root = workflow.task_tree.internal_data
    budget = _StepBudget(getattr(engine, "max_steps", MAX_ENGINE_STEPS), getattr(engine, "chunk_steps", CHUNK_STEPS),
                         used=root.get(STEPS_SO_FAR, 0))
    try:
        while True:
            workflow.refresh_timers()
            _run_engine_tasks(workflow, budget)
            workflow.do_engine_steps(will_complete_task=budget.charge)
            if workflow.completed or workflow.get_next_task(state=TaskState.READY, manual=False) is None:
                root.pop(STEPS_SO_FAR, None)
                return _stall(workflow)
    except _ChunkUsed:
        root[STEPS_SO_FAR] = budget.used
        return None
    except (WorkflowException, ScriptError) as exc:
        root.pop(STEPS_SO_FAR, None)
        return _task_error(workflow, exc)
    except EngineStepLimit as exc:
        root.pop(STEPS_SO_FAR, None)
        return _task_error(workflow, exc)


class EngineStepLimit(Exception):
    """An instance ran more engine tasks in one go than its budget allows (a loop that does not end?)."""

    def __init__(self, task: Any, limit: int) -> None:
        super().__init__(f"stopped after {limit:,} engine steps in a row without waiting for anything: a loop "
                         "that does not end, or a multi-instance over too many items? (ENGINE_MAX_STEPS)")
        self.task = task


class _ChunkUsed(Exception):
    """This call ran its share of engine tasks; the next one is still ready (a background job goes on)."""


class _StepBudget:
    def __init__(self, limit: int, chunk: int, used: int = 0) -> None:
        self.limit = limit
        self.chunk = chunk
        self.used = used
        self.ran = 0

    def charge(self, task: Any) -> None:
        """Count ``task`` before it runs: stop with it still ready when this call's share is used; over the
        run's limit, put it in ERROR (so a retry starts from it) and stop."""
        if self.ran >= self.chunk:
            raise _ChunkUsed()
        self.ran += 1
        self.used += 1
        if self.used > self.limit:
            error = EngineStepLimit(task, self.limit)
            task.internal_data["error_message"] = str(error)
            task.error()
            raise error


def _run_engine_tasks(workflow: BpmnWorkflow, budget: _StepBudget) -> None:
    """Run ready engine tasks, looking for the next ones below the task just run.

    Spiff's ``do_engine_steps`` searches the whole task tree after every round, and a loop's tree grows
    each round, so a loop of n rounds took time in n²; the next task of a loop or a sequence is a
    descendant of the one just run, found at once. Subprocesses are left to ``do_engine_steps``.
    """
    if workflow.get_active_subprocesses():
        return
    ready = [task for task in workflow.get_tasks(state=TaskState.READY) if not task.task_spec.manual]
    ready.reverse()  # a stack: the first in the tree (e.g. the first item of a multi-instance) runs first
    while ready:
        task = ready.pop()
        if task.state != TaskState.READY:
            continue
        budget.charge(task)
        task.run()
        if workflow.get_active_subprocesses():
            return
        ready.extend(reversed([child for child in workflow.get_tasks(first_task=task, state=TaskState.READY)
                               if child is not task and not child.task_spec.manual]))


def _stall(workflow: BpmnWorkflow) -> TaskError | None:
    """A ``TaskError`` when the workflow is unfinished and nothing in it can move; None otherwise.

    Something can move when a task is ready, failed (a retry runs it), running at a connector, or waiting
    for an event (timer, message, signal). A join waiting for a branch is not enough: with nothing else
    alive, the branch can never come (e.g. exclusive branches merged by a parallel join). Containers (a
    subprocess, a multi-instance) are alive only through what runs inside them."""
    if workflow.completed:
        return None
    if any(_can_move(task) for task in workflow.get_tasks(state=_ALIVE)):
        return None
    waiting = workflow.get_next_task(state=TaskState.WAITING)
    if waiting is not None:
        name = waiting.task_spec.bpmn_name or waiting.task_spec.bpmn_id or waiting.task_spec.name
        return TaskError(str(waiting.id), name, f"the instance stalled: '{name}' waits for a branch that can no "
                         "longer come, and no other task is ready, waiting for an event or running")
    last = workflow.last_task
    name = (last.task_spec.bpmn_name or last.task_spec.bpmn_id or "") if last is not None else ""
    return TaskError(str(last.id) if last is not None else "", name or "",
                     "the instance stalled: it is not finished, but no task is ready, waiting or running")


_ALIVE = TaskState.READY | TaskState.WAITING | TaskState.STARTED | TaskState.ERROR


def _can_move(task: Any) -> bool:
    if task.state in (TaskState.READY, TaskState.ERROR):
        return True
    if task.state == TaskState.WAITING:
        return isinstance(task.task_spec, CatchingEvent)
    return not isinstance(task.task_spec, (SubWorkflowTask, LoopTask))  # STARTED: e.g. a connector call


def _task_error(workflow: BpmnWorkflow, exc: Exception) -> TaskError:
    task = getattr(exc, "task", None) or workflow.get_next_task(state=TaskState.ERROR)
    message = _error_message(exc)
    if task is None:
        return TaskError("", "", message)
    return TaskError(str(task.id), task.task_spec.bpmn_name or task.task_spec.bpmn_id or task.task_spec.name,
                     message)


def _error_message(exc: Exception) -> str:
    """The engine's message plus the underlying error it often leaves only in the exception chain."""
    message = str(exc).split("\n")[0].strip().rstrip(". ")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and str(cause) not in message:
        message = f"{message}: {type(cause).__name__}: {cause}"
    return message


def outcome(workflow: BpmnWorkflow, error: TaskError | None = None) -> Outcome:
    error = error or _standing_error(workflow)
    result = Outcome(completed=bool(workflow.completed), data=jsonable(_current_data(workflow)), error=error)
    if workflow.completed:
        return result
    result.user_tasks = [_ready_user_task(t) for t in workflow.get_tasks(state=TaskState.READY, manual=True)]
    started: set[UUID] = getattr(workflow.script_engine, "started_connector_tasks", set())
    result.connector_requests = [_connector_request(t, t.id in started) for t in workflow.get_tasks(
        state=TaskState.STARTED) if isinstance(t.task_spec, ConnectorTask)]
    result.next_timer_at = _next_timer(workflow)
    result.progress = _progress(workflow) if error is None else None
    engine = workflow.script_engine
    result.decisions = list(getattr(engine, "decisions", []))
    return result


def _progress(workflow: BpmnWorkflow) -> dict[str, Any] | None:
    """How far a run left to a background job has got: engine steps so far, and the instances done of each
    multi-instance task under way. None when no engine work is left."""
    if workflow.get_next_task(state=TaskState.READY, manual=False) is None:
        return None
    multi = [{"task": _instance_name(task),
              "done": len(task.internal_data.get("merged", [])), "of": _instances_made(task)}
             for task in workflow.get_tasks(state=TaskState.STARTED)
             if isinstance(task.task_spec, (ParallelMultiInstanceTask, SequentialMultiInstanceTask))]
    return {"engine_steps": workflow.task_tree.internal_data.get(STEPS_SO_FAR, 0), "multi_instances": multi}


def _instance_name(task: Any) -> str:
    """The name a multi-instance task was drawn with (Spiff keeps it on the spec of its instances)."""
    instance_spec = task.workflow.spec.task_specs.get(task.task_spec.task_spec)
    return str(getattr(instance_spec, "bpmn_name", None) or task.task_spec.bpmn_name or task.task_spec.bpmn_id)


def _instances_made(task: Any) -> int:
    made = task.internal_data.get(scale.INSTANCES)
    if made is not None:
        return int(made)
    if "cardinality" in task.internal_data:  # sequential, by cardinality
        return int(task.internal_data["cardinality"])
    return len(task.internal_data.get("merged", [])) + len(task.internal_data.get("remaining", [])) + 1


def _standing_error(workflow: BpmnWorkflow) -> TaskError | None:
    task = workflow.get_next_task(state=TaskState.ERROR)
    if task is None:
        return None
    message = task.internal_data.get("error_message", "the task failed")
    return TaskError(str(task.id), task.task_spec.bpmn_name or task.task_spec.bpmn_id, message)


def _current_data(workflow: BpmnWorkflow) -> dict[str, Any]:
    if workflow.completed:
        return dict(workflow.data)
    ready = workflow.get_next_task(state=TaskState.READY | TaskState.STARTED | TaskState.ERROR)
    if ready is not None:
        return dict(ready.data)
    last = workflow.last_task
    return dict(last.data) if last is not None else {}


def _ready_user_task(task: Any) -> ReadyUserTask:
    spec = task.task_spec
    extensions = getattr(spec, "extensions", {}) or {}
    properties = task_properties(spec)
    form = getattr(spec, "form", None)
    fields = [camunda_field(f) for f in form.fields] if form is not None and getattr(form, "fields", None) else None
    instructions = extensions.get("instructionsForEndUser") or spec.documentation or ""
    return ReadyUserTask(
        task_id=str(task.id), bpmn_id=spec.bpmn_id, name=spec.bpmn_name or spec.bpmn_id, lane=spec.lane,
        role_name=properties.get("role") or spec.lane, form_file=properties.get("formJsonSchemaFilename"),
        ui_file=properties.get("formUiSchemaFilename"), camunda_fields=fields, instructions=instructions,
        data=jsonable(task.data), due_at=_due_time(task, properties.get(DUE_PROPERTY)),
    )


def _due_time(task: Any, expression: Any) -> datetime | None:
    """When the task is due by its ``dueAt`` expression over its data (checked by the sandbox at upload): an ISO
    8601 date-time (UTC unless it says otherwise) or a date (due by that day's end, UTC). None, and the SLA
    decides, when the task has none, its value is empty, or it cannot be read as a time (logged)."""
    if not isinstance(expression, str) or not expression.strip():
        return None
    try:
        value = task.workflow.script_engine.evaluate(task, expression)
        return None if value in (None, "") else due_moment(value)
    except (WorkflowException, ValueError, TypeError) as exc:
        log.warning("task %s: its %s %r gave no time (%s); the SLA decides when it is due", task.task_spec.bpmn_id,
                    DUE_PROPERTY, expression, exc)
        return None


def due_moment(value: Any) -> datetime:
    """A due time from a date-time or a date (the end of that day), as text or as a value; naive means UTC.

    :raises ValueError: neither."""
    if isinstance(value, str):
        value = date.fromisoformat(value) if len(value.strip()) == 10 else datetime.fromisoformat(value.strip())
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value + timedelta(days=1), time.min, tzinfo=UTC)
    raise ValueError(f"{type(value).__name__} is neither a date nor a date-time")


def _connector_request(task: Any, new: bool) -> ConnectorRequest:
    request = task.internal_data.get("connector_request") or {}
    return ConnectorRequest(str(task.id), task.task_spec.bpmn_name or task.task_spec.bpmn_id,
                            request.get("connector", task.task_spec.operation_name),
                            jsonable(request.get("params", {})), new)


def _next_timer(workflow: BpmnWorkflow) -> datetime | None:
    due = [datetime.fromisoformat(event.value) for event in workflow.waiting_events()
           if event.event_type.endswith("TimerEventDefinition") and isinstance(event.value, str)]
    return min(due) if due else None


def complete_user_task(workflow: BpmnWorkflow, task_id: str, data: Mapping[str, Any]) -> TaskError | None:
    task = _task(workflow, task_id, TaskState.READY)
    if hasattr(task.task_spec, "add_data_from_form"):
        task.task_spec.add_data_from_form(task, dict(data))
    else:
        task.data = DeepMerge.merge(task.data, dict(data))
    try:
        task.run()
    except (WorkflowException, ScriptError) as exc:
        return _task_error(workflow, exc)
    return run_to_wait(workflow)


def complete_connector_task(workflow: BpmnWorkflow, task_id: str, result: Any) -> TaskError | None:
    task = _task(workflow, task_id, TaskState.STARTED)
    task.data[task.task_spec.result_variable] = result
    try:  # completing updates the next tasks: a multi-instance or sub-process there may refuse to start
        task.complete()
    except (WorkflowException, ScriptError) as exc:
        return _task_error(workflow, exc)
    return run_to_wait(workflow)


def fail_connector_task(workflow: BpmnWorkflow, task_id: str, message: str) -> TaskError:
    task = _task(workflow, task_id, TaskState.STARTED)
    task.internal_data["error_message"] = message
    task.error()
    return TaskError(str(task.id), task.task_spec.bpmn_name or task.task_spec.bpmn_id, message)


def retry_failed_task(workflow: BpmnWorkflow, data: Mapping[str, Any] | None = None) -> TaskError | None:
    """Reset the task in ERROR (after a fix) and run on from it."""
    task = workflow.get_next_task(state=TaskState.ERROR)
    if task is None:
        raise TaskNotReady("no failed task to retry")
    if data and hasattr(task.task_spec, "data_input") and task.parent is not None:
        # a multi-instance refused for its input reads it from its parent again when reset
        task.parent.data.update(data)  # top-level values replaced: a shorter list must not merge into the long one
    try:
        workflow.reset_from_task_id(task.id)
    except (WorkflowException, ScriptError) as exc:
        return _task_error(workflow, exc)
    if data:
        reset = workflow.get_task_from_id(task.id)
        reset.data = DeepMerge.merge(reset.data, dict(data))
    return run_to_wait(workflow)


def skip_failed_task(workflow: BpmnWorkflow, data: Mapping[str, Any]) -> TaskError | None:
    """Mark the task in ERROR done without running it, with ``data`` as what it would have produced."""
    task = workflow.get_next_task(state=TaskState.ERROR)
    if task is None:
        raise TaskNotReady("no failed task to skip")
    task.data = DeepMerge.merge(task.data, dict(data))
    task.complete()
    return run_to_wait(workflow)


def amend_data(workflow: BpmnWorkflow, values: Mapping[str, Any]) -> TaskError | None:
    """Give the tasks the workflow has not done yet (ready, waiting, started) the ``values`` of the data they hold
    by those names; nothing runs. Tasks further on inherit their data from these when they become ready, so
    everything from here on reads the new values; what is done keeps what it was done with."""
    for task in workflow.get_tasks(state=TaskState.READY | TaskState.WAITING | TaskState.STARTED):
        task.data.update({name: jsonable(value) for name, value in values.items() if name in task.data})
    return None


def cancel(workflow: BpmnWorkflow) -> None:
    workflow.cancel()


def _task(workflow: BpmnWorkflow, task_id: str, state: TaskState) -> Any:
    try:
        task = workflow.get_task_from_id(UUID(task_id))
    except (ValueError, KeyError):
        task = None
    if task is None or task.state != state:
        raise TaskNotReady(f"task {task_id} is not {TaskState.get_name(state)}")
    return task


@dataclass(frozen=True)
class ConnectorTaskRef:
    """Where a connector task's answer goes: its BPMN id and the variable its result is stored in."""

    bpmn_id: str
    result_variable: str


def connector_tasks(workflow: BpmnWorkflow, task_ids: list[str]) -> dict[str, ConnectorTaskRef]:
    """The connector tasks among ``task_ids`` (in any state, a cancelled workflow's too), by task id."""
    found = {}
    for task_id in task_ids:
        try:
            task = workflow.get_task_from_id(UUID(task_id))
        except (ValueError, KeyError):
            continue
        if task is not None and isinstance(task.task_spec, ConnectorTask):
            found[task_id] = ConnectorTaskRef(task.task_spec.bpmn_id, task.task_spec.result_variable)
    return found


def completed_task_ids(workflow: BpmnWorkflow) -> list[str]:
    """BPMN ids of the workflow's completed tasks (subprocesses included), oldest completion first."""
    done = [task for task in workflow.get_tasks(state=TaskState.COMPLETED) if task.task_spec.bpmn_id]
    return [task.task_spec.bpmn_id for task in sorted(done, key=lambda task: task.last_state_change)]


def waiting_messages(workflow: BpmnWorkflow) -> set[str]:
    """Names of the messages the workflow can catch now (message catch and boundary events)."""
    return {event.name for event in workflow.waiting_events() if event.event_type == "MessageEventDefinition"}


def deliver_message(workflow: BpmnWorkflow, name: str, payload: Mapping[str, Any]) -> TaskError | None:
    """Hand message ``name`` with ``payload`` to the workflow and run on. :raises TaskNotReady: not awaited."""
    definition = next((task.task_spec.event_definition for task in workflow.get_tasks(state=TaskState.WAITING)
                       if getattr(getattr(task.task_spec, "event_definition", None), "name", None) == name
                       and type(task.task_spec.event_definition).__name__ == "MessageEventDefinition"), None)
    if definition is None:
        raise TaskNotReady(f"the workflow is not waiting for message '{name}'")
    workflow.send_event(BpmnEvent(definition, payload=jsonable(dict(payload)), correlations={}))
    return run_to_wait(workflow)
