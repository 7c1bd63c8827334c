"""Compile a read DMN file (:mod:`app.rules.dmn_xml`) into a :class:`DecisionModel`.

Every cell is compiled; every problem is collected with its source line, and the file is refused
with all of them at once. Problems that do not stop the file from running become warnings.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from typing import TypeVar

from app.rules import static_checks
from app.rules.dmn_xml import DecisionSpec
from app.rules.dmn_xml import DefinitionsSpec
from app.rules.dmn_xml import InputSpec
from app.rules.dmn_xml import LogicSpec
from app.rules.dmn_xml import OutputSpec
from app.rules.dmn_xml import RuleSpec
from app.rules.dmn_xml import TableSpec
from app.rules.dmn_xml import Text
from app.rules.dmn_xml import is_python
from app.rules.feel import ast
from app.rules.feel import compile_expression
from app.rules.feel import compile_tests
from app.rules.feel import parse_expression
from app.rules.feel import parse_unary_tests
from app.rules.feel.evaluator import Closure
from app.rules.feel.evaluator import TestClosure
from app.rules.feel.parser import FeelSyntaxError
from app.rules.feel.scope import Env
from app.rules.feel.types import FeelError
from app.rules.feel.types import Function
from app.rules.feel.types import to_feel
from app.rules.model import ColumnInfo
from app.rules.model import CompiledDecision
from app.rules.model import DecisionInfo
from app.rules.model import DecisionModel
from app.rules.model import InputConstraint
from app.rules.model import RuleInfo
from app.rules.python_cells import PythonEvaluator
from app.rules.python_cells import compile_python_expression
from app.rules.python_cells import compile_python_test
from app.rules.tables import DecisionTable
from app.rules.tables import InputColumn
from app.rules.tables import OutputColumn
from app.rules.tables import Rule

T = TypeVar("T")


class Compiler:
    """Compiles one file; ``errors`` and ``warnings`` collect ``{"file", "line", "message"}`` dicts."""

    def __init__(self, spec: DefinitionsSpec, filename: str, evaluator: PythonEvaluator | None) -> None:
        self.spec, self.filename, self.evaluator = spec, filename, evaluator
        self.errors: list[dict[str, Any]] = []
        self.warnings: list[dict[str, Any]] = []
        self.names = frozenset(
            [d.name for d in spec.decisions] + [d.variable for d in spec.decisions]
            + [i.name for i in spec.inputs] + [k.name for k in spec.knowledge]
            + [c for item in spec.item_definitions for c in item.components])
        for line, message in spec.problems:
            self.error(line, message)

    def error(self, line: int | None, message: str) -> None:
        self.errors.append({"file": self.filename, "line": line, "message": message})

    def warn(self, line: int | None, message: str, decision_id: str | None) -> None:
        self.warnings.append({"file": self.filename, "line": line, "message": message, "decision": decision_id})

    def model(self) -> DecisionModel:
        """Compile everything; the caller raises when ``errors`` is not empty afterwards."""
        ids = [decision.decision_id for decision in self.spec.decisions]
        for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
            self.error(None, f"decision id '{duplicate}' is used more than once")
        knowledge: dict[str, Any] = {}
        for bkm in self.spec.knowledge:
            knowledge[bkm.name] = self._knowledge(bkm.name, bkm.parameters, bkm.logic, bkm.line, knowledge)
        compiled = {d.decision_id: self._decision(d, set(ids)) for d in self.spec.decisions}
        self._check_cycles(compiled)
        return DecisionModel(compiled, knowledge, self._constraints(), self.warnings)

    # --- decisions ---------------------------------------------------------------------------

    def _decision(self, spec: DecisionSpec, ids: set[str]) -> CompiledDecision:
        owner = f"decision '{spec.name}'"
        required = tuple(self._required(owner, href, line, ids) for href, line in spec.required_decisions)
        logic = spec.logic
        base: dict[str, Any] = dict(decision_id=spec.decision_id, name=spec.name, line=spec.line,
                                    required_decisions=tuple(r for r in required if r))
        if logic.table is not None:
            python = self._python_table(logic.table, spec.decision_id)
            table, table_info = self._table(owner, spec.decision_id, logic.table, spec.variable, python)
            names = tuple(column.name for column in table.outputs)
            return CompiledDecision(DecisionInfo(kind="decision table", python=python, **table_info, **base),
                                    spec.variable, names, table=table)
        if logic.literal is not None:
            python = is_python(logic.literal.language) or is_python(self.spec.language)
            closure = self._expression(f"{owner} literal expression", logic.literal, python)
            info = DecisionInfo(kind="literal expression", expression=logic.literal.text, python=python, **base)
            return CompiledDecision(info, spec.variable, (spec.variable,), literal=closure)
        what = "decision with no logic" if logic.other == "nothing" else f"boxed {logic.other}"
        self.warn(spec.line, f"{owner} is a {what}: beyond decision tables and literal expressions, "
                             f"Ordra cannot evaluate it", spec.decision_id)
        info = DecisionInfo(kind="unsupported", unsupported=what, **base)
        return CompiledDecision(info, spec.variable, (spec.variable,))

    def _required(self, owner: str, href: str, line: int | None, ids: set[str]) -> str | None:
        prefix, _, target = href.partition("#")
        if prefix:
            self.error(line, f"{owner} requires '{href}' from another file; imports are not supported")
        elif target not in ids:
            self.error(line, f"{owner} requires decision '{target}', which is not in this file")
        else:
            return target
        return None

    def _check_cycles(self, compiled: dict[str, CompiledDecision]) -> None:
        state: dict[str, str] = {}

        def visit(key: str, path: list[str]) -> None:
            if state.get(key) == "done":
                return
            if state.get(key) == "active":
                cycle = path[path.index(key):] + [key]
                names = " → ".join(compiled[k].info.name for k in cycle)
                self.error(compiled[key].info.line, f"decisions require each other in a cycle: {names}")
                return
            state[key] = "active"
            for required in compiled[key].info.required_decisions:
                visit(required, path + [key])
            state[key] = "done"
        for key in compiled:
            visit(key, [])

    def _knowledge(self, name: str, parameters: tuple[str, ...], logic: LogicSpec, line: int | None,
                   scope: dict[str, Any]) -> Function | None:
        owner = f"business knowledge model '{name}'"
        if logic.literal is not None:
            body = self._expression(f"{owner} literal expression", logic.literal, False)
            return Function(name, parameters, lambda values, warnings:
                            body(_call_env(scope, parameters, values, warnings)))
        if logic.table is not None:
            table, _ = self._table(owner, None, logic.table, name, False)
            return Function(name, parameters, lambda values, warnings:
                            table.evaluate(_call_env(scope, parameters, values, warnings)).value)
        self.warn(line, f"{owner} is beyond decision tables and literal expressions; calls give null", None)
        return None

    def _constraints(self) -> tuple[InputConstraint, ...]:
        allowed = {item.name: item.allowed for item in self.spec.item_definitions if item.allowed}
        constraints = []
        for data in self.spec.inputs:
            text = allowed.get(data.type_ref or "")
            if text is not None:
                test = self._tests(f"input data '{data.name}' allowed values", text)
                if test is not None:
                    constraints.append(InputConstraint(data.name, test, text.text))
        return tuple(constraints)

    # --- tables ------------------------------------------------------------------------------

    def _python_table(self, spec: TableSpec, decision_id: str | None) -> bool:
        """True when the file says the table is Python; any other non-FEEL language is read as FEEL."""
        languages = [self.spec.language, spec.language] + [i.expression.language for i in spec.inputs] + \
            [cell.language for rule in spec.rules for cell in rule.inputs + rule.outputs]
        python = any(is_python(language) for language in languages)
        foreign = sorted({lang for lang in languages if lang and not is_python(lang) and "feel" not in lang.lower()})
        if foreign and not python:
            self.warn(spec.line, f"expression language {', '.join(foreign)} is not supported; the cells are read "
                                 f"as FEEL", decision_id)
        return python

    def _table(self, owner: str, decision_id: str | None, spec: TableSpec, variable: str, python: bool
               ) -> tuple[DecisionTable, dict[str, Any]]:
        if python and self.evaluator is None:
            self.error(spec.line, f"{owner} uses Python expressions (expressionLanguage \"python\"), but no "
                                  f"Python evaluator is configured")
        inputs = tuple(self._input_column(owner, n, column, python) for n, column in enumerate(spec.inputs, 1))
        outputs = tuple(self._output_column(owner, n, column, spec, variable)
                        for n, column in enumerate(spec.outputs, 1))
        trees: list[list[ast.UnaryTests | None]] = []
        rules = tuple(self._rule(owner, decision_id, n, rule, inputs, outputs, python, trees)
                      for n, rule in enumerate(spec.rules, 1))
        self._check_policy(owner, spec, outputs)
        table = DecisionTable(owner, spec.hit_policy, spec.aggregation, inputs, outputs, rules, python)
        if not python and not self.errors:
            for line, message in static_checks.check(spec, trees):
                self.warn(line, f"{owner}: {message}", decision_id)
        return table, _table_info(spec, inputs, outputs)

    def _check_policy(self, owner: str, spec: TableSpec, outputs: tuple[OutputColumn, ...]) -> None:
        if spec.hit_policy in ("PRIORITY", "OUTPUT ORDER") and not any(o.priorities for o in outputs):
            self.error(spec.line, f"{owner}: hit policy {spec.hit_policy} ranks rules by the output values "
                                  f"lists, but no output column lists its values")
        if spec.aggregation and len(outputs) > 1:
            self.error(spec.line, f"{owner}: COLLECT {spec.aggregation} needs exactly one output column")

    def _input_column(self, owner: str, number: int, spec: InputSpec, python: bool) -> InputColumn:
        where = f"{owner} input column {number} ('{spec.label}')"
        expression = self._expression(f"{where} expression", spec.expression, python)
        allowed = None if python or spec.allowed is None else self._tests(f"{where} allowed values", spec.allowed)
        return InputColumn(spec.label, spec.expression.text, expression, allowed,
                           spec.allowed.text if spec.allowed else None)

    def _output_column(self, owner: str, number: int, spec: OutputSpec, table: TableSpec, variable: str
                       ) -> OutputColumn:
        single = len(table.outputs) == 1
        name = spec.name or spec.label or ((table.output_label or variable) if single else None)
        if not name:
            self.error(table.line, f"{owner}: output column {number} has no name; a table with several "
                                   f"outputs needs one per column")
            name = f"output {number}"
        where = f"{owner} output column {number} ('{name}')"
        allowed = priorities = None
        if spec.allowed is not None:
            allowed = self._tests(f"{where} allowed values", spec.allowed)
            priorities = self._guard(f"{where} allowed values", spec.allowed, _literal_values)
        default = self._expression(f"{where} default", spec.default, False) if spec.default else None
        return OutputColumn(name, allowed, spec.allowed.text if spec.allowed else None,
                            tuple(priorities or ()), default)

    def _rule(self, owner: str, decision_id: str | None, number: int, spec: RuleSpec, inputs: tuple[InputColumn, ...],
              outputs: tuple[OutputColumn, ...], python: bool, trees: list[list[ast.UnaryTests | None]]) -> Rule:
        where = f"{owner} rule {number} (id {spec.rule_id})"
        tests: list[TestClosure | None] = []
        row: list[ast.UnaryTests | None] = []
        for column, (cell, inp) in enumerate(zip(spec.inputs, inputs), 1):
            cell_where = f"{where}, input column {column} ('{inp.label}')"
            if python:
                tests.append(self._python_test(cell_where, cell, decision_id))
                continue
            test, tree = self._feel_test(cell_where, cell)
            row.append(tree)
            tests.append(test)
        trees.append(row)
        entries = tuple(self._expression(f"{where}, output column {column} ('{out.name}')", cell, python,
                                         empty_is_null=True)
                        for column, (cell, out) in enumerate(zip(spec.outputs, outputs), 1))
        return Rule(number, spec.rule_id, tuple(tests), entries)

    def _python_test(self, where: str, cell: Text, decision_id: str | None) -> TestClosure | None:
        evaluator = self.evaluator
        if evaluator is None:
            return None  # already reported once for the table
        compiled = self._guard(where, cell, lambda text: compile_python_test(text, evaluator))
        if compiled is None:
            return None
        test, warning = compiled
        if warning:
            self.warn(cell.line, warning, decision_id)
        return test

    def _feel_test(self, where: str, cell: Text) -> tuple[TestClosure | None, ast.UnaryTests | None]:
        """An input entry's test and its syntax tree (for the static checks); both None when it does not parse."""
        tree = self._guard(where, cell, lambda text: parse_unary_tests(text, self.names))
        if tree is None:
            return None, None
        return self._guard(where, cell, lambda _: compile_tests(tree)), tree

    # --- cells -------------------------------------------------------------------------------

    def _expression(self, where: str, cell: Text, python: bool, *, empty_is_null: bool = False) -> Closure:
        if empty_is_null and not cell.text:
            blank: Any = "" if python else None  # SpiffWorkflow gave "" for an empty Python cell
            return lambda env: blank
        if python:
            if self.evaluator is None:
                return _never
            evaluator = self.evaluator
            compiled = self._guard(where, cell, lambda text: compile_python_expression(text, evaluator))
            return _as_feel(compiled) if compiled else _never
        compiled = self._guard(where, cell, lambda text: compile_expression(parse_expression(text, self.names)))
        return compiled or _never

    def _tests(self, where: str, cell: Text) -> TestClosure | None:
        return self._guard(where, cell, lambda text: compile_tests(parse_unary_tests(text, self.names)))

    def _guard(self, where: str, cell: Text, build: Callable[[str], T]) -> T | None:
        """Run ``build`` on the cell's text; record a syntax error with the cell's line."""
        try:
            return build(cell.text)
        except FeelSyntaxError as exc:
            self.error(cell.line, f"{where}: {exc}")
            return None


def _table_info(spec: TableSpec, inputs: tuple[InputColumn, ...], outputs: tuple[OutputColumn, ...]
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


def _never(env: Env) -> Any:
    """Stands in for a cell that failed to compile; the model is refused before it can run."""
    raise AssertionError("a cell that failed to compile was evaluated")


def _as_feel(closure: Closure) -> Closure:
    """Python results become FEEL values, so every result has the same types."""
    def run(env: Env) -> Any:
        value = closure(env)
        try:
            return to_feel(value)
        except FeelError as exc:
            env.warn(f"Python result {value!r}: {exc}")
            return None
    return run


def _literal_values(text: str) -> list[Any]:
    """The values of an outputValues list such as ``"high","medium","low"`` (for PRIORITY)."""
    tests = parse_unary_tests(text)
    values = []
    for test in tests.tests:
        if not isinstance(test, ast.ExpressionTest) or not isinstance(test.expression, ast.Literal):
            return []
        values.append(test.expression.value)
    return values


def _call_env(scope: dict[str, Any], parameters: tuple[str, ...], values: list[Any], warnings: list[str]) -> Env:
    """The scope of a knowledge model's body: its parameters, then the other knowledge models."""
    return Env(dict(zip(parameters, values)), Env(scope, warnings=warnings))
