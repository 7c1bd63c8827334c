"""Helpers of :mod:`app.rules.loader`: what the studio shows of a table, stand-ins for what did
not compile, and the conversion of Python cell results."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from app.rules.dmn_xml import TableSpec
from app.rules.feel import ast
from app.rules.feel import parse_unary_tests
from app.rules.feel.evaluator import Closure
from app.rules.feel.scope import Env
from app.rules.feel.types import FeelError
from app.rules.feel.types import to_feel
from app.rules.model import ColumnInfo
from app.rules.model import CompiledDecision
from app.rules.model import RuleInfo
from app.rules.tables import InputColumn
from app.rules.tables import OutputColumn


def table_info(spec: TableSpec, inputs: tuple[InputColumn, ...], outputs: tuple[OutputColumn, ...]
                ) -> dict[str, Any]:
    """The :class:`DecisionInfo` fields describing a table, as the author wrote it."""
    return dict(
        hit_policy=spec.hit_policy, aggregation=spec.aggregation,
        inputs=tuple(ColumnInfo(column.label, column.text, column.allowed_text) for column in inputs),
        outputs=tuple(ColumnInfo(column.name, None, column.allowed_text, written.default.text if written.default
                                 else None) for column, written in zip(outputs, spec.outputs)),
        rules=tuple(RuleInfo(number, rule.rule_id, tuple(cell.text for cell in rule.inputs),
                             tuple(cell.text for cell in rule.outputs), rule.description)
                    for number, rule in enumerate(spec.rules, 1)))


def never(env: Env) -> Any:
    """Stands in for a cell that failed to compile; the model is refused before it can run."""
    raise AssertionError("a cell that failed to compile was evaluated")


def as_feel(closure: Closure) -> Closure:
    """Python results become FEEL values, so every result has the same types."""
    def run(env: Env) -> Any:
        value = closure(env)
        try:
            return to_feel(value)
        except FeelError as exc:
            env.warn(f"Python result {value!r}: {exc}")
            return None
    return run


def literal_values(text: str) -> list[Any]:
    """The values of an outputValues list such as ``"high","medium","low"`` (for PRIORITY)."""
    tests = parse_unary_tests(text)
    values = []
    for test in tests.tests:
        if not isinstance(test, ast.ExpressionTest) or not isinstance(test.expression, ast.Literal):
            return []
        values.append(test.expression.value)
    return values


def broken(owner: str) -> Callable[[list[Any], Env], Any]:
    def call(values: list[Any], caller: Env) -> Any:
        raise FeelError(f"{owner} could not be compiled")
    return call


def unusable(decision: CompiledDecision, errors: list[dict[str, Any]]) -> CompiledDecision:
    """A decision that failed to compile: shown with its problems, refused when evaluated."""
    reason = f"decision '{decision.info.name}' cannot be used: " + "; ".join(
        f"line {e['line']}: {e['message']}" if e.get("line") else e["message"] for e in errors)
    info = dataclasses.replace(decision.info, kind="unusable", unsupported=reason,
                               expression="\n".join(e["message"] for e in errors))
    return CompiledDecision(info, decision.variable, decision.output_names)


def decision_cycles(compiled: dict[str, CompiledDecision]) -> list[tuple[str, str]]:
    """(decision id, message) for each decision on a cycle of required decisions."""
    found: list[tuple[str, str]] = []
    state: dict[str, str] = {}

    def visit(key: str, path: list[str]) -> None:
        if state.get(key) == "done":
            return
        if state.get(key) == "active":
            cycle = path[path.index(key):] + [key]
            names = " → ".join(compiled[k].info.name for k in cycle)
            found.extend((member, f"decisions require each other in a cycle: {names}") for member in cycle[:-1])
            return
        state[key] = "active"
        for required in compiled[key].info.required_decisions:
            visit(required, path + [key])
        state[key] = "done"
    for key in compiled:
        visit(key, [])
    return found
