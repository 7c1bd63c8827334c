"""Customer milestones: the steps of a process that its customer is told about.

A task (user task, service task…) whose extension properties carry ``customerMilestone`` is a milestone; the
property's value is the wording the customer sees ("Site survey"), read as the other task properties are
(``role``, ``formJsonSchemaFilename``). For a process instance this module says which of its milestones are
done (and when), which are under way now, and which are still to come: ``next`` when every way from where the
instance stands to its end passes a task of that wording, ``may`` when a gateway ahead decides (the normal flow
counts: a boundary event, such as an amendment or a timeout, changes the plan when it happens, and what is said
with it). A milestone reached only out of a boundary event is ``may``. A process not
started yet is looked at as it will start: its start events and the gateways right after them are run on a
copy with the start data (nothing before them can change that data), so a branch those gateways choose is
certain and the others are dropped; nothing else of the process runs.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from typing import Any

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.specs.mixins import BoundaryEventMixin
from SpiffWorkflow.bpmn.specs.mixins import ExclusiveGatewayMixin
from SpiffWorkflow.bpmn.specs.mixins import InclusiveGatewayMixin
from SpiffWorkflow.bpmn.specs.mixins import ParallelGatewayMixin
from SpiffWorkflow.bpmn.specs.mixins import StartEventMixin
from SpiffWorkflow.specs.StartTask import StartTask
from SpiffWorkflow.util.task import TaskState

from app.engine.specs import task_properties

PROPERTY = "customerMilestone"
_STANDING = TaskState.READY | TaskState.STARTED | TaskState.WAITING | TaskState.ERROR
_BEFORE_ANY_WORK = (StartTask, StartEventMixin, ExclusiveGatewayMixin, InclusiveGatewayMixin, ParallelGatewayMixin)
_MAX_PRELUDE_STEPS = 50


@dataclass(frozen=True)
class Milestone:
    task: str  # the BPMN id of its task
    label: str  # the customer's wording
    status: str  # done | now | next | may
    at: datetime | None = None  # when it was done
    rank: int = 0  # how far from the process's start (for ordering)


def label_of(spec: Any) -> str:
    value = task_properties(spec).get(PROPERTY)
    return str(value).strip() if isinstance(value, str) else ""


def declares_milestones(process_spec: Any) -> bool:
    """Whether any task of the process carries a milestone (else nothing needs loading)."""
    return any(label_of(spec) for spec in process_spec.task_specs.values())


def of_running(workflow: BpmnWorkflow) -> list[Milestone]:
    """The milestones of a started workflow: done, now, and to come from where it stands."""
    own = [task for task in workflow.get_tasks() if task.workflow is workflow]
    found: dict[str, Milestone] = {}
    ranks = _ranks(workflow.spec)
    for task in own:
        label = label_of(task.task_spec)
        if not label:
            continue
        bpmn_id = task.task_spec.bpmn_id or task.task_spec.name
        rank = ranks.get(task.task_spec.name, 0)
        if task.state & _STANDING:
            found[bpmn_id] = Milestone(bpmn_id, label, "now", None, rank)
        elif task.state == TaskState.COMPLETED and found.get(bpmn_id, _NONE).status != "now":
            at = datetime.fromtimestamp(task.last_state_change, UTC)
            found[bpmn_id] = Milestone(bpmn_id, label, "done", at, rank)
    if not workflow.completed:
        standing = [task.task_spec for task in own if task.state & _STANDING]
        for ahead in _ahead(workflow.spec, standing, successors_only=True):
            found.setdefault(ahead.task, ahead)
    return sorted(found.values(), key=_order)


def of_unstarted(workflow: BpmnWorkflow) -> list[Milestone]:
    """The milestones a workflow made from its start data (``runtime.new_workflow``) will pass, certainly or
    maybe. The workflow is a throwaway copy: its start events and the gateways right after them are run."""
    for _ in range(_MAX_PRELUDE_STEPS):
        ready = [task for task in workflow.get_tasks(state=TaskState.READY)
                 if task.workflow is workflow and isinstance(task.task_spec, _BEFORE_ANY_WORK)]
        if not ready:
            break
        try:
            ready[0].run()
        except Exception:  # noqa: BLE001  (a condition that needs data not there yet: that gateway stays open)
            break
    standing = [task.task_spec for task in workflow.get_tasks(state=_STANDING) if task.workflow is workflow]
    return sorted(_ahead(workflow.spec, standing, successors_only=False), key=_order)


_NONE = Milestone("", "", "")


def _order(milestone: Milestone) -> tuple[int, datetime, int]:
    group = {"done": 0, "now": 1}.get(milestone.status, 2)
    return group, milestone.at or datetime.min.replace(tzinfo=UTC), milestone.rank


def _ahead(process_spec: Any, standing: list[Any], *, successors_only: bool) -> list[Milestone]:
    """The milestones reachable from the ``standing`` task specs (themselves included unless ``successors_only``),
    each ``next`` when no way from there to the end avoids every task of its wording, else ``may``."""
    starts = [out for spec in standing for out in spec.outputs] if successors_only else list(standing)
    reachable = _reach(starts, set(), exceptions=True)
    end = process_spec.task_specs.get("End")
    ends = end is not None and end in _reach(starts, set(), exceptions=False)  # else nothing ahead is certain
    ranks = _ranks(process_spec)
    found: dict[str, Milestone] = {}
    certain: dict[str, bool] = {}
    for spec in reachable:
        label = label_of(spec)
        if not label:
            continue
        if label not in certain:
            avoided = {other.name for other in reachable if label_of(other) == label}
            certain[label] = ends and end not in _reach(starts, avoided, exceptions=False)
        bpmn_id = spec.bpmn_id or spec.name
        found[bpmn_id] = Milestone(bpmn_id, label, "next" if certain[label] else "may", None, ranks.get(spec.name, 0))
    return list(found.values())


def _reach(starts: Iterable[Any], avoided: set[str], *, exceptions: bool) -> list[Any]:
    """The task specs reachable from ``starts`` (in breadth-first order) without passing ``avoided`` names; without
    ``exceptions``, along the normal flow only (not out of a boundary event: an amendment, a timeout, an error)."""
    def passable(spec: Any) -> bool:
        return spec.name not in avoided and (exceptions or not isinstance(spec, BoundaryEventMixin))

    seen: set[str] = set()
    reached: list[Any] = []
    queue = deque(spec for spec in starts if passable(spec))
    while queue:
        spec = queue.popleft()
        if spec.name in seen:
            continue
        seen.add(spec.name)
        reached.append(spec)
        queue.extend(out for out in spec.outputs if passable(out) and out.name not in seen)
    return reached


def _ranks(process_spec: Any) -> dict[str, int]:
    """Each task spec's breadth-first distance from the process's start."""
    ranks: dict[str, int] = {}
    queue = deque([(process_spec.start, 0)])
    while queue:
        spec, depth = queue.popleft()
        if spec.name in ranks:
            continue
        ranks[spec.name] = depth
        queue.extend((out, depth + 1) for out in spec.outputs if out.name not in ranks)
    return ranks
