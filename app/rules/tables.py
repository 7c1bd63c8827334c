"""A compiled decision table and its evaluation.

Cells are closures compiled once at deployment (FEEL, or Python for SpiffWorkflow-era tables);
evaluating a table computes each input once, tests rules cell by cell, evaluates output entries
only for matching rules, and hands the hits to the hit policy.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.rules import hit_policies
from app.rules.errors import DecisionFailed
from app.rules.feel.evaluator import Closure
from app.rules.feel.evaluator import TestClosure
from app.rules.feel.scope import Env
from app.rules.feel.scope import shown
from app.rules.hit_policies import Hit
from app.rules.python_cells import PythonCellFailed


@dataclass(frozen=True)
class InputColumn:
    label: str
    text: str
    expression: Closure
    allowed: TestClosure | None
    allowed_text: str | None


@dataclass(frozen=True)
class OutputColumn:
    name: str
    allowed: TestClosure | None
    allowed_text: str | None
    priorities: tuple[Any, ...]  # the allowed values in order, when they are literals
    default: Closure | None


@dataclass(frozen=True)
class Rule:
    index: int
    rule_id: str | None
    tests: tuple[TestClosure | None, ...]  # None: "-", any input
    outputs: tuple[Closure, ...]


@dataclass(frozen=True)
class TableOutcome:
    """Input values, the hits the policy kept (in result order), the DMN value, defaults used."""

    inputs: tuple[Any, ...]
    hits: tuple[Hit, ...]
    value: Any
    defaulted: bool


@dataclass(frozen=True)
class DecisionTable:
    owner: str  # "decision 'Approval'", for messages
    hit_policy: str
    aggregation: str | None
    inputs: tuple[InputColumn, ...]
    outputs: tuple[OutputColumn, ...]
    rules: tuple[Rule, ...]
    python: bool

    def evaluate(self, env: Env) -> TableOutcome:
        """Evaluate against ``env`` (FEEL values, or plain Python ones for a Python table).

        :raises DecisionFailed: hit-policy violations, values outside their allowed values, and
            failing Python cells.
        """
        values = tuple(self._input(number, column, env) for number, column in enumerate(self.inputs, 1))
        hits: list[Hit] = []
        for rule in self.rules:
            if self._matches(rule, values, env):
                hits.append(Hit(rule.index, rule.rule_id, self._outputs(rule, env)))
                if self.hit_policy == "FIRST":
                    break
        priorities = [column.priorities for column in self.outputs]
        selected = hit_policies.select(self.hit_policy, hits, priorities, self.owner)
        if not selected:  # DMN: the default outputs if the table has any, else null (for every policy)
            defaulted = any(column.default for column in self.outputs)
            return TableOutcome(values, (), self._defaults(env) if defaulted else None, defaulted)
        value = hit_policies.shape(self.hit_policy, self.aggregation, [hit.outputs for hit in selected],
                                   env.warnings)
        return TableOutcome(values, tuple(selected), value, False)

    def _defaults(self, env: Env) -> Any:
        """The default output entries, shaped like one hit (a list of one for multi-hit tables)."""
        row = {column.name: column.default(env) if column.default else None for column in self.outputs}
        value = next(iter(row.values())) if len(row) == 1 else row
        listed = self.hit_policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER") and not self.aggregation
        return [value] if listed else value

    def _input(self, number: int, column: InputColumn, env: Env) -> Any:
        mark = len(env.warnings)
        try:
            value = column.expression(env)
        except PythonCellFailed as exc:
            raise self._failed(exc, f"input column {number}") from exc
        _locate(env.warnings, mark, f"input '{column.label}'")
        if column.allowed is not None and value is not None and column.allowed(value, env) is not True:
            raise DecisionFailed(f"{self.owner}: input '{column.label}' is {shown(value)}, which is not "
                                 f"among its allowed values {column.allowed_text}")
        return value

    def _matches(self, rule: Rule, values: Sequence[Any], env: Env) -> bool:
        warnings = env.warnings
        for column, test in enumerate(rule.tests):
            if test is None:
                continue
            mark = len(warnings)
            try:
                verdict = test(values[column], env)
            except PythonCellFailed as exc:
                raise self._failed(exc, f"rule {rule.index}, input column {column + 1}") from exc
            if len(warnings) > mark:
                _locate(warnings, mark, f"rule {rule.index}, input '{self.inputs[column].label}'")
            if verdict is not True:
                return False
        return True

    def _outputs(self, rule: Rule, env: Env) -> dict[str, Any]:
        outputs: dict[str, Any] = {}
        for column, entry in zip(self.outputs, rule.outputs):
            mark = len(env.warnings)
            try:
                value = entry(env)
            except PythonCellFailed as exc:
                raise self._failed(exc, f"rule {rule.index}, output '{column.name}'") from exc
            _locate(env.warnings, mark, f"rule {rule.index}, output '{column.name}'")
            if column.allowed is not None and value is not None and column.allowed(value, env) is not True:
                raise DecisionFailed(f"{self.owner}: rule {rule.index} gives {column.name} = {shown(value)}, "
                                     f"which is not among its allowed values {column.allowed_text}")
            outputs[column.name] = value
        return outputs

    def _failed(self, exc: PythonCellFailed, where: str) -> DecisionFailed:
        return DecisionFailed(f"{self.owner} {where}: {exc}")


def _locate(warnings: list[str], mark: int, where: str) -> None:
    """Prefix the warnings added since ``mark`` with the cell they came from."""
    for position in range(mark, len(warnings)):
        warnings[position] = f"{where}: {warnings[position]}"
