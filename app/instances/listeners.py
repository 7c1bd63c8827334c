"""What else happens in the unit of work of an instance step: listeners the app factory registers.

Packages above ``instances`` (orchestration, fallout, jeopardy) react to steps without
``instances`` knowing them; ``app.wiring`` registers each listener on the app, in order.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flask import Flask
from flask import current_app

from app.engine.models import ProcessInstance
from app.inbox.models import WorkItem

FinishListener = Callable[[Sequence[ProcessInstance]], None]
StepListener = Callable[[ProcessInstance], None]
OpeningListener = Callable[[ProcessInstance, Sequence[WorkItem]], None]


@dataclass(frozen=True)
class LateAnswer:
    """Another system's answer to a call that was being made when its instance was cancelled (or that the call
    was not made after all: ``data`` None)."""

    task_name: str
    activity: str  # the task's BPMN id
    data: Mapping[str, Any] | None  # what the answer would have given the task (None: the system did nothing)


LateAnswerListener = Callable[[ProcessInstance, LateAnswer], None]
SystemStarted = Callable[[], frozenset[str]]  # ids of processes Ordra starts itself
Listener = FinishListener | StepListener | OpeningListener | LateAnswerListener | SystemStarted
_FINISHED = "ordra_finish_listeners"
_STEPPED = "ordra_step_listeners"
_OPENING = "ordra_opening_listeners"
_LATE = "ordra_late_answer_listeners"
_SYSTEM_STARTED = "ordra_system_started_processes"


def add_finish_listener(app: Flask, listener: FinishListener) -> None:
    """Call ``listener`` in the same unit of work when instances complete, fail or are cancelled: with the one
    instance a step ended, or with all that a chain of steps ended, once its steps are done (so an order
    whose plans end together starts what they unblock in one go)."""
    _add(app, _FINISHED, listener)


def add_step_listener(app: Flask, listener: StepListener) -> None:
    """Call ``listener`` in the same unit of work after every step of every instance."""
    _add(app, _STEPPED, listener)


def add_opening_listener(app: Flask, listener: OpeningListener) -> None:
    """Call ``listener`` with the work items a step opens, before they are stored: what it gives them (a due
    date) is in their INSERT. (Their ids come with it; a step listener sees them.)"""
    _add(app, _OPENING, listener)


def add_late_answer_listener(app: Flask, listener: LateAnswerListener) -> None:
    """Call ``listener`` in the same unit of work when another system answers a call that was made, or being made,
    when its instance was cancelled: what that system did is not in the instance, and may have to be undone."""
    _add(app, _LATE, listener)


def add_system_started_processes(app: Flask, processes: SystemStarted) -> None:
    """Count the processes ``processes()`` names as started by Ordra itself, beside ``SYSTEM_STARTED_PROCESSES``:
    packages above ``instances`` know some from their models (the plans the decomposition decision names)."""
    _add(app, _SYSTEM_STARTED, processes)


def system_started_processes() -> Sequence[SystemStarted]:
    return tuple(current_app.extensions.get(_SYSTEM_STARTED, ()))


def finish_listeners() -> Sequence[FinishListener]:
    return tuple(current_app.extensions.get(_FINISHED, ()))


def step_listeners() -> Sequence[StepListener]:
    return tuple(current_app.extensions.get(_STEPPED, ()))


def opening_listeners() -> Sequence[OpeningListener]:
    return tuple(current_app.extensions.get(_OPENING, ()))


def late_answer_listeners() -> Sequence[LateAnswerListener]:
    return tuple(current_app.extensions.get(_LATE, ()))


def _add(app: Flask, kind: str, listener: Listener) -> None:
    registered: list[Listener] = app.extensions.setdefault(kind, [])
    if listener not in registered:
        registered.append(listener)
