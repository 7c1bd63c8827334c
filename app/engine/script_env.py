"""SpiffWorkflow's script-environment protocol, served by Ordra's sandbox (``app.sandbox``).

Every place where model text becomes code (script tasks, pre/post scripts, gateway conditions, DMN
cells, timer, parameter, multi-instance and message expressions) goes through ``evaluate``/``execute``
of the engine's environment, so nothing of a model runs through plain ``eval``/``exec``.

The environment raises ``ScriptError`` subclasses, never ``SyntaxError``: Spiff's error formatter
crashes on a ``SyntaxError`` without a line number (notes §12). ``PythonScriptEngine`` wraps them in a
``WorkflowTaskException`` and the task goes to ERROR; ``SandboxedScriptEngine`` also puts the sandbox's
message and line into that exception for expressions, where Spiff's own message leaves them out.
"""
from __future__ import annotations

import ast
from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from SpiffWorkflow.bpmn.exceptions import WorkflowTaskException
from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine
from SpiffWorkflow.bpmn.script_engine.python_environment import BasePythonScriptEngineEnvironment
from SpiffWorkflow.task import Task

from app.sandbox import MEMORY_MB
from app.sandbox import Sandbox
from app.sandbox import ScriptError

NOT_A_LITERAL = object()  # what :func:`literal` gives for an expression computed from data


def literal(expression: str) -> Any:
    """The value of a model expression that is a literal (``'survey_result'``, ``"PT1H"``, ``3``), read without
    running anything; :data:`NOT_A_LITERAL` for one computed from data, which only a run can tell."""
    try:
        return ast.literal_eval(expression.strip())
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return NOT_A_LITERAL


class SandboxedScriptEnvironment(BasePythonScriptEngineEnvironment):  # type: ignore[misc]
    """Evaluates and executes through one ``Sandbox`` (``functions`` are extra helpers for scripts).

    ``external_context`` (DMN's ``dmninputexpr``, data objects) is visible to the code, but its names are
    not written into task data unless the task data already had them.
    """

    def __init__(self, functions: Mapping[str, Callable[..., Any]] | None = None, cpu_seconds: float = 2.0,
                 memory_mb: int = MEMORY_MB) -> None:
        super().__init__({})
        self.sandbox = Sandbox(functions, cpu_seconds, memory_mb)

    def evaluate(self, expression: str, context: Mapping[str, Any],
                 external_context: Mapping[str, Any] | None = None) -> Any:
        """Return the value of ``expression`` over the task data (which wins over ``external_context``).

        :raises ScriptError: rejected, over the CPU limit, or raised.
        """
        return self.sandbox.evaluate(expression, {**(external_context or {}), **context})

    def execute(self, script: str, context: dict[str, Any], external_context: Mapping[str, Any] | None = None) -> bool:
        """Run ``script`` and update the task data ``context`` in place; ``True`` (Spiff's "completed").

        :raises ScriptError: rejected, over the CPU limit, or raised (``context`` keeps its top-level entries).
        """
        external = external_context or {}
        scope = {**external, **context}
        self.sandbox.execute(script, scope)
        _replace(context, {name: value for name, value in scope.items() if name in context or name not in external})
        return True


class SandboxedScriptEngine(PythonScriptEngine):  # type: ignore[misc]
    """``PythonScriptEngine`` whose task exceptions carry the sandbox's message and script line."""

    def evaluate(self, task: Task, expression: str, external_context: Mapping[str, Any] | None = None) -> Any:
        try:
            return self.environment.evaluate(expression, task.data, external_context)
        except ScriptError as error:
            raise WorkflowTaskException(f"Error evaluating expression '{expression}': {error}", task=task,
                                        exception=error, line_number=error.line) from error

    def create_task_exec_exception(self, task: Task, script: str, err: Exception) -> Exception:
        if not isinstance(err, ScriptError):
            spiff_made: Exception = super().create_task_exec_exception(task, script, err)
            return spiff_made
        ours: Exception = WorkflowTaskException(str(err), task=task, exception=err, line_number=err.line,
                                     error_line=_source_line(script, err.line))
        return ours


def make_script_engine(functions: Mapping[str, Callable[..., Any]] | None = None,
                       cpu_seconds: float = 2.0) -> PythonScriptEngine:
    """A script engine that runs everything in the sandbox. Pass it to every ``BpmnWorkflow`` and attach
    it again after deserializing: Spiff does not serialize the engine and falls back to plain ``eval``."""
    return SandboxedScriptEngine(environment=SandboxedScriptEnvironment(functions, cpu_seconds))


def _replace(target: dict[str, Any], source: Mapping[str, Any]) -> None:
    """Make ``target`` equal to ``source`` in place (Spiff holds on to the task's data dict)."""
    for name in [name for name in target if name not in source]:
        del target[name]
    target.update(source)


def _source_line(script: str, line: int | None) -> str:
    lines = script.splitlines()
    return lines[line - 1] if line and line <= len(lines) else ""
