"""Cells of tables written for SpiffWorkflow, whose ``expressionLanguage`` is ``python``.

The cells are Python expressions run by the evaluator the application provides (the sandbox);
nothing here runs Python code itself — cells are only *parsed* (``ast.parse``) to report syntax
errors at deployment. Input entries follow SpiffWorkflow's rules (see SPIFFWORKFLOW-NOTES §6):

* ``-`` or empty: any input;
* a cell containing ``?``: ``?`` stands for the input value and the cell is the test;
* a cell that is an expression: ``input == (cell)`` (so ``"a","b"`` is a tuple and never matches,
  exactly as in SpiffWorkflow; a warning says so);
* otherwise the cell continues a comparison: ``>= 5``, ``!= "x"``, ``in ["a", "b"]`` → ``input >= 5``
  (SpiffWorkflow glued ``input`` and ``in`` together without a space; here they are separated).

An evaluator failure is not turned into null as in FEEL: it raises :class:`PythonCellFailed`, as
SpiffWorkflow raised, so that a broken cell surfaces instead of silently not matching.
"""
from __future__ import annotations

import ast
import re
from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from app.python_source import parse_python
from app.rules.feel.evaluator import Closure
from app.rules.feel.evaluator import TestClosure
from app.rules.feel.parser import FeelSyntaxError
from app.rules.feel.scope import Env

PythonEvaluator = Callable[[str, Mapping[str, Any]], Any]
"""Evaluate one Python expression against a mapping of names; raise on failure."""

INPUT_NAME = "dmninputexpr"  # SpiffWorkflow's name for the input value, kept for compatibility
_PY_STRING = re.compile(r"'(?:[^'\\]|\\.)*'" + r'|"(?:[^"\\]|\\.)*"', re.S)


class PythonCellFailed(Exception):
    """The evaluator raised while running a cell."""


def compile_python_expression(text: str, evaluator: PythonEvaluator) -> Closure:
    """An output entry, input expression or literal expression in Python.

    :raises FeelSyntaxError: when ``text`` is not a Python expression.
    """
    _check_syntax(text, evaluator)

    def run(env: Env) -> Any:
        return _evaluate(evaluator, text, env.variables)
    return run


def compile_python_test(text: str, evaluator: PythonEvaluator) -> tuple[TestClosure | None, str | None]:
    """An input entry; returns the test (``None`` for any input) and an optional authoring warning.

    :raises FeelSyntaxError: when the cell is neither an expression nor the rest of a comparison.
    """
    cell = text.strip()
    if cell in ("", "-"):
        return None, None
    expression, warning = _test_expression(cell)
    _check_syntax(expression, evaluator)

    def run(value: Any, env: Env) -> bool:
        return bool(_evaluate(evaluator, expression, {**env.variables, INPUT_NAME: value}))
    return run, warning


def _test_expression(cell: str) -> tuple[str, str | None]:
    substituted = _replace_question_marks(cell)
    if substituted != cell:
        return substituted, None
    try:
        tree = parse_python(cell, mode="eval")
    except SyntaxError:
        return f"{INPUT_NAME} {cell}", None
    warning = None
    if isinstance(tree.body, ast.Tuple):
        warning = (f"Python cell {cell} is a tuple and never equals a single input value (SpiffWorkflow "
                   f"semantics); write in ({cell}) to match any of them")
    return f"({INPUT_NAME}) == ({cell})", warning


def _replace_question_marks(cell: str) -> str:
    """Replace ``?`` outside string literals by the input's name."""
    pieces, position = [], 0
    for string in _PY_STRING.finditer(cell):
        pieces.append(cell[position:string.start()].replace("?", INPUT_NAME))
        pieces.append(string.group())
        position = string.end()
    pieces.append(cell[position:].replace("?", INPUT_NAME))
    return "".join(pieces)


def _check_syntax(expression: str, evaluator: PythonEvaluator) -> None:
    """Parse the cell, and let the evaluator refuse what it would refuse at run time (an evaluator with a
    ``check(expression) -> list[str]`` attribute, e.g. the sandbox's, is asked at deployment)."""
    try:
        parse_python(expression, mode="eval")
    except SyntaxError as exc:
        raise FeelSyntaxError(f"not a Python expression: {exc.msg}", exc.offset) from None
    check = getattr(evaluator, "check", None)
    problems = check(expression) if callable(check) else []
    if problems:
        raise FeelSyntaxError(f"Python expression refused by the sandbox: {'; '.join(problems)}", None)


def _evaluate(evaluator: PythonEvaluator, expression: str, scope: Mapping[str, Any]) -> Any:
    try:
        return evaluator(expression, scope)
    except Exception as exc:  # whatever the sandbox raises, report it with the cell
        raise PythonCellFailed(f"Python expression {expression!r} failed: {exc}") from exc


def is_python(language: str | None) -> bool:
    """True for the expression language SpiffWorkflow writes for Python cells."""
    return bool(language) and language.strip().lower().rstrip("/").endswith("python")  # type: ignore[union-attr]
