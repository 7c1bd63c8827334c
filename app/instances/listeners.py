"""What else happens in the unit of work of an instance step: listeners the app factory registers.

Packages above ``instances`` (orchestration, fallout, jeopardy) react to steps without
``instances`` knowing them; ``app.wiring`` registers each listener on the app, in order.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence

from flask import Flask
from flask import current_app

from app.engine.models import ProcessInstance

FinishListener = Callable[[ProcessInstance], None]
_FINISHED = "ordra_finish_listeners"
_STEPPED = "ordra_step_listeners"


def add_finish_listener(app: Flask, listener: FinishListener) -> None:
    """Call ``listener`` in the same unit of work when an instance completes, fails or is cancelled."""
    _add(app, _FINISHED, listener)


def add_step_listener(app: Flask, listener: FinishListener) -> None:
    """Call ``listener`` in the same unit of work after every step of every instance."""
    _add(app, _STEPPED, listener)


def finish_listeners() -> Sequence[FinishListener]:
    return tuple(current_app.extensions.get(_FINISHED, ()))


def step_listeners() -> Sequence[FinishListener]:
    return tuple(current_app.extensions.get(_STEPPED, ()))


def _add(app: Flask, kind: str, listener: FinishListener) -> None:
    registered: list[FinishListener] = app.extensions.setdefault(kind, [])
    if listener not in registered:
        registered.append(listener)
