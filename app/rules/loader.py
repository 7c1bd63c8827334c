"""Compile a read DMN file (:mod:`app.rules.dmn_xml`) into a :class:`DecisionModel`.

Every cell is compiled; every problem is collected with its source line, and the file is refused
with all of them at once. Problems that do not stop the file from running become warnings.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from typing import Any
from typing import TypeVar

from app.rules import static_checks
from app.rules.boxed import compile_boxed
from app.rules.boxed import with_type
from app.rules.dmn_xml import DecisionSpec
from app.rules.dmn_xml import DefinitionsSpec
from app.rules.dmn_xml import InputSpec
from app.rules.dmn_xml import KnowledgeSpec
from app.rules.dmn_xml import OutputSpec
from app.rules.dmn_xml import RuleSpec
from app.rules.dmn_xml import TableSpec
from app.rules.dmn_xml import Text
from app.rules.feel import ast
from app.rules.feel import compile_expression
from app.rules.feel import compile_tests
from app.rules.feel import feel_types
from app.rules.feel import parse_expression
from app.rules.feel import parse_unary_tests
from app.rules.feel.evaluator import Closure
from app.rules.feel.evaluator import Compilation
from app.rules.feel.evaluator import TestClosure
from app.rules.feel.evaluator import compiling
from app.rules.feel.evaluator import function_value
from app.rules.feel.parser import FeelSyntaxError
from app.rules.feel.scope import Env
from app.rules.feel.types import Function
from app.rules.imports import ImportedModel
from app.rules.imports import imported_decision
from app.rules.imports import imported_name
from app.rules.item_types import item_types
from app.rules.loader_support import as_feel
from app.rules.loader_support import broken
from app.rules.loader_support import decision_cycles
from app.rules.loader_support import literal_values
from app.rules.loader_support import never
from app.rules.loader_support import table_info
from app.rules.loader_support import unusable
from app.rules.model import CompiledDecision
from app.rules.model import DecisionInfo
from app.rules.model import DecisionModel
from app.rules.model import InputConstraint
from app.rules.python_cells import PythonEvaluator
from app.rules.python_cells import compile_python_expression
from app.rules.python_cells import compile_python_test
from app.rules.python_cells import is_python
from app.rules.tables import DecisionTable
from app.rules.tables import InputColumn
from app.rules.tables import OutputColumn
from app.rules.tables import Rule

T = TypeVar("T")


class Compiler:
    """Compiles one file, decision by decision.

    ``errors`` collects problems of the whole file (``{"file", "line", "message"}``); a decision
    that cannot be compiled keeps its own problems in ``unusable`` and the others still deploy;
    ``warnings`` collects the rest, each naming its ``decision``.
    """

    def __init__(self, spec: DefinitionsSpec, filename: str, evaluator: PythonEvaluator | None,
                 imported: Sequence[ImportedModel] = ()) -> None:
        self.spec, self.filename, self.evaluator = spec, filename, evaluator
        self.errors: list[dict[str, Any]] = []
        self.file_errors = self.errors
        self.unusable: dict[str, list[dict[str, Any]]] = {}
        self.warnings: list[dict[str, Any]] = []
        self.current: str | None = None  # the decision being compiled, for warnings
        self.names = frozenset(
            [d.name for d in spec.decisions] + [d.variable for d in spec.decisions]
            + [i.name for i in spec.inputs] + [k.name for k in spec.knowledge] + [s.name for s in spec.services]
            + [c for item in spec.item_definitions for c in item.components] + sorted(spec.declared_names))
        self.compilation = Compilation()
        self.types = item_types(spec.item_definitions, self._allowed_test)
        self.imported = tuple(imported)
        for model in self.imported:
            self.types.update({f"{model.name}.{name}": value for name, value in model.types.items()})
            self.names = self.names | model.names | {model.name}
        self.compilation.types = self.types
        for line, message in spec.problems:
            self.error(line, message)
        if spec.vendor_attributes:
            names = sorted({name for _, name in spec.vendor_attributes})
            self.warn(spec.vendor_attributes[0][0], f"Camunda attributes ({', '.join(names)}) are ignored: Ordra "
                                                    f"runs the decisions as the DMN standard defines them", None)

    def error(self, line: int | None, message: str, element: str | None = None) -> None:
        element = element or self.current
        self.errors.append({"file": self.filename, "line": line, "message": message,
                            **({"element": element} if element else {})})

    def warn(self, line: int | None, message: str, decision_id: str | None) -> None:
        self.warnings.append({"file": self.filename, "line": line, "message": message, "decision": decision_id})

    def model(self) -> DecisionModel:
        """Compile everything; the caller refuses the file when ``refused()`` says so."""
        with compiling(self.compilation):
            return self._model()

    def refused(self) -> list[dict[str, Any]]:
        """The problems that stop the whole file: its own, or every decision unusable."""
        if self.file_errors or (self.spec.decisions and len(self.unusable) == len(self.spec.decisions)):
            return self.file_errors + [e for errors in self.unusable.values() for e in errors]
        return []

    def _model(self) -> DecisionModel:
        ids = [decision.decision_id for decision in self.spec.decisions]
        for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
            self.error(None, f"decision id '{duplicate}' is used more than once")
        knowledge: dict[str, Any] = {model.name: dict(model.knowledge) for model in self.imported}
        for bkm in self.spec.knowledge:
            knowledge[bkm.name] = self._knowledge(bkm, knowledge)
        compiled = {d.decision_id: self._decision(d, set(ids)) for d in self.spec.decisions}
        self._check_cycles(compiled)
        for key, errors in self.unusable.items():
            compiled[key] = unusable(compiled[key], errors)
            self.warn(compiled[key].info.line, f"{compiled[key].info.unsupported}; the file's other decisions "
                                               f"are deployed", key)
        inputs = {data.name: feel_types.named_type(data.type_ref, self.types)
                  for data in self.spec.inputs if data.type_ref}
        model = DecisionModel(compiled, knowledge, self._constraints(), self.warnings, inputs,
                              {m.name: m.model for m in self.imported if m.model is not None})
        for service in self.spec.services:
            knowledge[service.name] = model.add_service(
                service, {d.input_id: d.name for d in self.spec.inputs},
                feel_types.named_type(service.type_ref, self.types) if service.type_ref else None)
        return model

    # --- decisions ---------------------------------------------------------------------------

    def _decision(self, spec: DecisionSpec, ids: set[str]) -> CompiledDecision:
        self.errors, self.current = [], spec.decision_id
        try:
            decision = self._compile_decision(spec, ids)
        finally:
            errors, self.errors, self.current = self.errors, self.file_errors, None
        if errors:
            self.unusable[spec.decision_id] = errors
        return decision

    def _compile_decision(self, spec: DecisionSpec, ids: set[str]) -> CompiledDecision:
        owner = f"decision '{spec.name}'"
        for line, message in spec.problems:
            self.error(line, message, spec.decision_id)
        required = [self._required(owner, href, line, ids) for href, line in spec.required_decisions]
        local = tuple(r for r in required if isinstance(r, str))
        imported = tuple(r for r in required if isinstance(r, tuple))
        logic = spec.logic
        result_type = feel_types.named_type(spec.type_ref, self.types) if spec.type_ref else None
        base: dict[str, Any] = dict(decision_id=spec.decision_id, name=spec.name, line=spec.line,
                                    required_decisions=local,
                                    imported_decisions=tuple(imported_name(self.imported, r) for r in imported))
        if logic.table is not None:
            python = self._python_table(logic.table, spec.decision_id)
            table, table_info = self._table(owner, spec.decision_id, logic.table, spec.variable, python)
            names = tuple(column.name for column in table.outputs)
            return CompiledDecision(DecisionInfo(kind="decision table", python=python, **table_info, **base),
                                    spec.variable, names, table=table, result_type=result_type,
                                    imported=imported)
        if logic.literal is not None:
            python = is_python(logic.literal.language) or is_python(self.spec.language)
            closure = self._expression(f"{owner} literal expression", logic.literal, python)
            if not python:
                closure = with_type(closure, logic.literal.type_ref, self.types, f"{owner} literal expression")
            info = DecisionInfo(kind="literal expression", expression=logic.literal.text, python=python, **base)
            return CompiledDecision(info, spec.variable, (spec.variable,), literal=closure, result_type=result_type,
                                    imported=imported)
        if logic.boxed is not None:
            closure = compile_boxed(logic.boxed, self, owner)
            info = DecisionInfo(kind=f"boxed {logic.boxed.kind}", **base)
            return CompiledDecision(info, spec.variable, (spec.variable,), literal=closure, result_type=result_type,
                                    imported=imported)
        self.warn(spec.line, f"{owner} has no decision logic; it evaluates to null", spec.decision_id)
        info = DecisionInfo(kind="no decision logic", **base)
        return CompiledDecision(info, spec.variable, (spec.variable,), literal=lambda env: None)

    def _required(self, owner: str, href: str, line: int | None, ids: set[str]) -> str | tuple[str, str] | None:
        """A required decision: its id in this file, or (import name, id) in an imported model."""
        prefix, _, target = href.partition("#")
        if prefix and prefix != self.spec.namespace:
            found = imported_decision(self.imported, prefix, target)
            if found is None:
                self.error(line, f"{owner} requires decision '{href}' of another file, which none of this "
                                 f"file's imports holds")
            return found
        if target not in ids:
            self.error(line, f"{owner} requires decision '{target}', which is not in this file")
            return None
        return target

    def _check_cycles(self, compiled: dict[str, CompiledDecision]) -> None:
        for member, message in decision_cycles(compiled):
            self.unusable.setdefault(member, []).append(
                {"file": self.filename, "line": compiled[member].info.line, "element": member, "message": message})

    def _knowledge(self, bkm: KnowledgeSpec, scope: dict[str, Any]) -> Function:
        owner = f"business knowledge model '{bkm.name}'"
        self.errors, self.current = [], None
        try:
            logic = bkm.logic
            if logic.table is not None:
                table, _ = self._table(owner, None, logic.table, bkm.name, False)
                body: Closure = lambda env: table.evaluate(env).value  # noqa: E731
            elif logic.literal is not None:
                body = with_type(self._expression(f"{owner} literal expression", logic.literal, False),
                                 logic.literal.type_ref, self.types, f"{owner} literal expression")
            else:
                body = compile_boxed(logic.boxed, self, owner)
        finally:
            errors, self.errors = self.errors, self.file_errors
        types = tuple(feel_types.named_type(t, self.types) if t else None for t in bkm.parameter_types)
        if errors:
            for error in errors:
                self.warn(error["line"], f"{owner} cannot be used (calls give null): {error['message']}", None)
            return Function(bkm.name, bkm.parameters, broken(owner))
        make = function_value(bkm.parameters, types, body)
        return Function(bkm.name, bkm.parameters, lambda values, caller: make(
            Env(scope, Env({}, warnings=caller.warnings))).invoke(values, caller))

    # --- used by the boxed expressions (app.rules.boxed) ---------------------------------------

    def literal(self, where: str, cell: Text) -> Closure:
        return self._expression(where, cell, False)

    def table_closure(self, owner: str, table: TableSpec) -> Closure:
        compiled, _ = self._table(owner, self.current, table, owner, False)
        return lambda env: compiled.evaluate(env).value

    def _allowed_test(self, text: Text) -> Callable[[Any], bool]:
        test = self._tests("allowed values", text)
        if test is None:
            return lambda value: True
        return lambda value: test(value, Env({})) is True

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
        return table, table_info(spec, inputs, outputs)

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
            priorities = self._guard(f"{where} allowed values", spec.allowed, literal_values)
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
                return never
            evaluator = self.evaluator
            compiled = self._guard(where, cell, lambda text: compile_python_expression(text, evaluator))
            return as_feel(compiled) if compiled else never
        compiled = self._guard(where, cell, lambda text: compile_expression(parse_expression(text, self.names)))
        return compiled or never

    def _tests(self, where: str, cell: Text) -> TestClosure | None:
        return self._guard(where, cell, lambda text: compile_tests(parse_unary_tests(text, self.names)))

    def _guard(self, where: str, cell: Text, build: Callable[[str], T]) -> T | None:
        """Run ``build`` on the cell's text; record a syntax error with the cell's line and element,
        and what FEEL will always make null as a warning."""
        notes = self.compilation.notes
        mark = len(notes)
        try:
            return build(cell.text)
        except FeelSyntaxError as exc:
            self.error(cell.line, f"{where}: {exc}", cell.element_id or self.current)
            return None
        finally:
            for note in notes[mark:]:
                self.warn(cell.line, f"{where}: {note}", self.current)


