"""Timer expressions written as literals are read at upload as the engine reads them when the timer starts.

SpiffWorkflow evaluates a timer's expression (Python, in the sandbox) and parses the text it gives as
ISO 8601 only when the timer is reached; a literal like ``"P1X"`` used to fail there, with a bare
``Exception('Invalid duration')``. An expression computed from data can only be checked when it runs.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from SpiffWorkflow.bpmn.specs.event_definitions.timer import CycleTimerEventDefinition
from SpiffWorkflow.bpmn.specs.event_definitions.timer import DurationTimerEventDefinition
from SpiffWorkflow.bpmn.specs.event_definitions.timer import TimeDateEventDefinition
from SpiffWorkflow.bpmn.specs.event_definitions.timer import TimerEventDefinition

from app.engine.script_env import NOT_A_LITERAL
from app.engine.script_env import literal


def timer_kind(event: Any) -> str:
    """``date``, ``duration`` or ``cycle`` for a timer event definition ('' for anything else)."""
    kinds = ((TimeDateEventDefinition, "date"), (DurationTimerEventDefinition, "duration"),
             (CycleTimerEventDefinition, "cycle"))
    return next((kind for cls, kind in kinds if isinstance(event, cls)), "")


def _date(text: str) -> None:
    if not isinstance(TimerEventDefinition.parse_time_or_duration(text), datetime):
        raise ValueError("not a date-time")


_READERS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "date": ("date-time (2026-12-31T09:00:00Z)", _date),
    "duration": ("duration (PT1H, P2D)", TimerEventDefinition.parse_iso_duration),
    "cycle": ("repeating interval (R3/PT1H)", TimerEventDefinition.parse_iso_recurring_interval),
}


def literal_timer_problem(kind: str, expression: str) -> str | None:
    """What keeps a literal timer expression from being read; None when it reads or is not a literal."""
    if kind not in _READERS:
        return None
    value = literal(expression)
    if value is NOT_A_LITERAL:
        return None  # computed from data: checked when it runs
    what, read = _READERS[kind]
    if not isinstance(value, str):
        return f"gives {value!r}, not the text of an ISO 8601 {what}"
    try:
        read(value)
    except Exception:  # Spiff's parsers raise bare Exception, ValueError, AttributeError...
        return f"{value!r} is not an ISO 8601 {what}"
    return None
