"""Moving a running workflow onto another version of its process, with SpiffWorkflow's own spec diff.

``SpiffWorkflow.bpmn.util.diff`` aligns the old version's task specs with the new one's (by BPMN id, then by
structure) and ``migrate_workflow`` re-points every task at its new spec, resetting the ready and waiting
ones so they are predicted again from the new model. Ordra adds the check before it: a workflow moves only
when each element it stands on (ready, waiting, running or failed) still exists in the target as the same
kind of element; otherwise it is left as it is and the reason is given.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any

from SpiffWorkflow.bpmn.util.diff import diff_workflow
from SpiffWorkflow.bpmn.util.diff import migrate_workflow
from SpiffWorkflow.util.task import TaskState

from app.engine import runtime
from app.engine.serializer import serializer
from app.engine.specs import task_properties

STANDING = TaskState.READY | TaskState.WAITING | TaskState.STARTED | TaskState.ERROR


@dataclass(frozen=True)
class Version:
    """A deployed process version as the engine needs it."""

    id: int
    flavour: str
    spec_json: str


@dataclass(frozen=True)
class Landing:
    """A user task the workflow stands on, as it would be in the target: its form there and the data the
    task holds (the form shows its read-only fields from that data)."""

    bpmn_id: str
    state: str
    form_file: str | None
    data_keys: frozenset[str]


@dataclass
class Check:
    movable: bool
    reason: str
    standing: list[str]  # BPMN ids of the elements the workflow stands on
    landings: list[Landing] = field(default_factory=list)  # its user tasks as the target defines them


def check(workflow: Any, target: Version) -> Check:
    """Whether ``workflow`` can move to ``target``, and why not (changes nothing)."""
    return _check(workflow, _diff(workflow, target))


def migrate(workflow: Any, target: Version) -> Check:
    """Move ``workflow`` onto ``target`` when it can (the caller runs it on and saves it); the check that
    decided."""
    diffs = _diff(workflow, target)
    verdict = _check(workflow, diffs)
    if not verdict.movable:
        return verdict
    top, subprocess_diffs = diffs
    spec, subprocess_specs = runtime.specs(target.id, target.flavour, target.spec_json)
    migrate_workflow(top, workflow, spec)
    for sub_id, sub_diff in subprocess_diffs.items():
        sub = workflow.subprocesses[sub_id]
        migrate_workflow(sub_diff, sub, subprocess_specs[sub.spec.name])
    workflow.subprocess_specs = dict(subprocess_specs)
    return verdict


def _diff(workflow: Any, target: Version) -> tuple[Any, dict[Any, Any]]:
    spec, subprocess_specs = runtime.specs(target.id, target.flavour, target.spec_json)
    return diff_workflow(serializer(target.flavour).registry, workflow, spec, subprocess_specs)  # type: ignore[no-any-return]


def _check(workflow: Any, diffs: tuple[Any, dict[Any, Any]]) -> Check:
    top, subprocess_diffs = diffs
    standing = [task for task in workflow.get_tasks(state=STANDING) if task.task_spec.bpmn_id]
    ids = sorted({task.task_spec.bpmn_id for task in standing})
    for sub_id, sub_diff in subprocess_diffs.items():
        if sub_diff is None and workflow.subprocesses[sub_id].get_next_task(state=STANDING) is not None:
            name = workflow.subprocesses[sub_id].spec.name
            return Check(False, f"the running subprocess '{name}' does not exist in the target version", ids)
    landings = []
    for task in standing:
        diff = subprocess_diffs.get(task.workflow.parent_task_id) if task.workflow is not workflow else top
        problem = _problem(task, diff)
        if problem:
            return Check(False, problem, ids)
        new = diff.alignment.get(task) if diff is not None else task.task_spec
        if new is not None and getattr(new, "manual", False):
            landings.append(Landing(task.task_spec.bpmn_id, _state(task), _form_file(new), frozenset(task.data)))
    return Check(True, "", ids, landings)


def _form_file(spec: Any) -> str | None:
    form = task_properties(spec).get("formJsonSchemaFilename")
    return str(form) if form else None


def _problem(task: Any, diff: Any) -> str:
    bpmn_id = task.task_spec.bpmn_id
    if diff is None:
        return ""
    if task in diff.removed or diff.alignment.get(task) is None:
        return f"its {_state(task)} element '{bpmn_id}' does not exist in the target version"
    new = diff.alignment[task]
    if type(new) is not type(task.task_spec):
        return (f"its {_state(task)} element '{bpmn_id}' is a {type(new).__name__} in the target version, "
                f"not a {type(task.task_spec).__name__}")
    return ""


def _state(task: Any) -> str:
    return {TaskState.READY: "ready", TaskState.WAITING: "waiting", TaskState.STARTED: "running",
            TaskState.ERROR: "failed"}.get(task.state, "active")
