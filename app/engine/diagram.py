"""Where an instance is on its diagram: a state and a run count per BPMN element, from the task tree.

Read-only: the workflow is loaded from the stored state, walked, and dropped; nothing runs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from typing import Any

from SpiffWorkflow.util.task import TaskState

from app.engine import runtime
from app.engine.implicit import is_generated

# The state an element shows when its task instances differ (a loop: completed runs and an active
# one): what needs someone's attention wins.
PRECEDENCE = ("failed", "active", "waiting", "completed", "cancelled")
_STATE_OF = {
    TaskState.COMPLETED: "completed",
    TaskState.READY: "active",
    TaskState.STARTED: "active",  # a connector call in flight
    TaskState.WAITING: "waiting",  # a timer, a message, a join waiting for its other branches
    TaskState.ERROR: "failed",
    TaskState.CANCELLED: "cancelled",
}


@dataclass
class ElementState:
    state: str
    count: int
    changed_at: datetime | None

    def merge(self, state: str, changed_at: datetime) -> None:
        if PRECEDENCE.index(state) < PRECEDENCE.index(self.state):
            self.state = state
        self.count += 1
        self.changed_at = max(self.changed_at or changed_at, changed_at)


def _refuse_decisions(decision_id: str, facts: Any) -> Any:
    raise RuntimeError("a diagram is read-only; no decision runs while it is drawn")


def element_states(version_id: int, flavour: str, spec_json: str, state: str) -> dict[str, ElementState]:
    """Each BPMN element an instance reached, with its state and how many times it ran (loops, retries)."""
    engine = runtime.OrdraScriptEngine(_refuse_decisions, cpu_seconds=1.0)
    workflow = runtime.load_workflow(version_id, flavour, spec_json, state, engine)
    elements: dict[str, ElementState] = {}
    for task in workflow.get_tasks():
        bpmn_id = getattr(task.task_spec, "bpmn_id", None)
        shown = _STATE_OF.get(task.state)
        if not bpmn_id or shown is None or is_generated(bpmn_id):
            continue  # engine-internal specs (Root, Start, End, what implicit.py made explicit), branches not reached
        changed_at = datetime.fromtimestamp(task.last_state_change, UTC).replace(tzinfo=None)
        if bpmn_id in elements:
            elements[bpmn_id].merge(shown, changed_at)
        else:
            elements[bpmn_id] = ElementState(shown, 1, changed_at)
    return elements
