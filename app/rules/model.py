"""A compiled DMN file: what the studio shows of each decision, and evaluation in dependency order."""
from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.rules.dmn_xml import ServiceSpec
from app.rules.errors import DecisionFailed
from app.rules.feel import feel_types
from app.rules.feel.evaluator import Closure
from app.rules.feel.evaluator import TestClosure
from app.rules.feel.feel_types import FeelType
from app.rules.feel.scope import Env
from app.rules.feel.scope import EvaluationTooLarge
from app.rules.feel.scope import check_size
from app.rules.feel.scope import shown
from app.rules.feel.types import FeelError
from app.rules.feel.types import Function
from app.rules.feel.types import to_feel
from app.rules.results import DecisionResult
from app.rules.results import EvaluatedInput
from app.rules.results import MatchedRule
from app.rules.results import to_python
from app.rules.tables import DecisionTable


@dataclass(frozen=True)
class ColumnInfo:
    """An input column (label, expression) or output column (name); allowed values and default as text."""

    label: str
    expression: str | None = None
    allowed_values: str | None = None
    default: str | None = None


@dataclass(frozen=True)
class RuleInfo:
    index: int
    rule_id: str | None
    input_entries: tuple[str, ...]
    output_entries: tuple[str, ...]
    description: str | None


@dataclass(frozen=True)
class DecisionInfo:
    """Everything the studio needs to render a decision; ``kind`` is "decision table",
    "literal expression" or "unsupported" (then ``unsupported`` says what it is)."""

    decision_id: str
    name: str
    kind: str
    line: int | None
    hit_policy: str | None = None
    aggregation: str | None = None
    inputs: tuple[ColumnInfo, ...] = ()
    outputs: tuple[ColumnInfo, ...] = ()
    rules: tuple[RuleInfo, ...] = ()
    expression: str | None = None
    required_decisions: tuple[str, ...] = ()
    imported_decisions: tuple[str, ...] = ()  # required decisions of imported models, as "import.Decision"
    python: bool = False
    unsupported: str | None = None


@dataclass(frozen=True)
class InputConstraint:
    """An input data element whose type (an item definition) lists allowed values."""

    name: str
    test: TestClosure
    text: str


@dataclass(frozen=True)
class CompiledDecision:
    info: DecisionInfo
    variable: str
    output_names: tuple[str, ...]
    table: DecisionTable | None = None
    literal: Closure | None = None  # a literal expression or another boxed expression
    result_type: FeelType | None = None  # the decision's typeRef
    imported: tuple[tuple[str, str], ...] = ()  # required decisions of imported models: (import name, id)


@dataclass(frozen=True)
class _Service:
    name: str
    outputs: tuple[str, ...]  # decision ids
    input_decisions: tuple[str, ...]
    parameters: tuple[str, ...]  # input data names, then input decision names
    result_type: FeelType | None = None  # the output type of the service's function type, if declared


class DecisionModel:
    """The decisions of one DMN file, compiled once; evaluate any of them against facts.

    ``decisions`` maps decision id → :class:`DecisionInfo`; ``warnings`` lists what deployment
    noticed without refusing the file (overlapping UNIQUE or ANY rules, unreachable FIRST rules,
    Python cells that can never match, decisions beyond decision tables), each
    ``{"file", "line", "message", "decision"}``.
    """

    def __init__(self, compiled: Mapping[str, CompiledDecision], knowledge: dict[str, Any],
                 constraints: tuple[InputConstraint, ...], warnings: list[dict[str, Any]],
                 input_types: Mapping[str, FeelType] | None = None,
                 imports: Mapping[str, DecisionModel] | None = None) -> None:
        self._compiled = dict(compiled)
        self._imports = dict(imports or {})  # imported models by import name
        self._by_name = {decision.info.name: key for key, decision in self._compiled.items()}
        self._knowledge = knowledge  # shared with the compiler, which adds the decision services
        self._constraints = constraints
        self._input_types = dict(input_types or {})
        self._services: dict[str, _Service] = {}
        self.decisions: dict[str, DecisionInfo] = {key: c.info for key, c in self._compiled.items()}
        self.warnings = warnings

    def knowledge_functions(self) -> dict[str, Any]:
        """The business knowledge models and decision services, by name (what another model imports)."""
        return dict(self._knowledge)

    def add_service(self, spec: ServiceSpec, input_names: Mapping[str, str],
                    service_type: FeelType | None = None) -> Function:
        """Register a decision service; return it as a FEEL function for the file's expressions.

        Called from FEEL, an argument that does not conform to the type of the input data or input
        decision it fills makes the call null (the service is not invoked); a result that does not
        conform to the output type of the service's function type is null, with a warning either way.
        """
        decisions = tuple(k for k in spec.input_decisions if k in self._compiled)
        names = tuple(self._compiled[key].info.name for key in decisions)
        data_names = tuple(input_names.get(key, key) for key in spec.input_data)
        result_type = service_type.result if isinstance(service_type, feel_types.FunctionOf) else None
        service = _Service(spec.name, tuple(k for k in spec.outputs if k in self._compiled), decisions,
                           data_names + names, result_type)
        self._services[spec.name] = self._services[spec.service_id] = service
        types = tuple(self._input_types.get(name) for name in data_names) + \
            tuple(self._compiled[key].result_type for key in decisions)

        def call(values: list[Any], caller: Env) -> Any:
            for name, value, expected in zip(service.parameters, values, types):
                if value is not None and expected is not None and not feel_types.coerce(value, expected)[1]:
                    caller.warn(f"decision service '{spec.name}': {shown(value)} does not conform to the type "
                                f"of '{name}', so the service is not invoked")
                    return None
            outputs = self._run_service(service, dict(zip(service.parameters, values)), caller.warnings)
            return next(iter(outputs.values())) if len(outputs) == 1 else outputs
        return Function(spec.name, service.parameters, call)

    def evaluate_service(self, name: str, facts: Mapping[str, Any], warnings: list[str] | None = None
                         ) -> dict[str, Any]:
        """Invoke a decision service by name or id: its output decisions' values by decision name;
        ``warnings`` (when given) collects what the evaluation noticed.

        :raises DecisionFailed: unknown service, or an output decision that fails.
        """
        service = self._services.get(name)
        if service is None:
            raise DecisionFailed(f"no decision service '{name}' in this model")
        collected = [] if warnings is None else warnings
        outputs = self._run_service(service, facts, collected)
        return outputs

    def _run_service(self, service: _Service, facts: Mapping[str, Any], warnings: list[str]) -> dict[str, Any]:
        preset = {key: to_feel_or_none(facts.get(self._compiled[key].info.name))
                  for key in service.input_decisions}
        run = _Run(self, facts, _FeelFacts(facts, warnings, self._input_types), warnings, preset)
        results = {key: run.result(key) for key in service.outputs}
        warnings.extend(w for result in results.values() for w in result.warnings if w not in warnings)
        outputs = {self._compiled[key].info.name: result.outputs for key, result in results.items()}
        if service.result_type is not None:
            value = next(iter(outputs.values())) if len(outputs) == 1 else outputs
            if value is not None and not feel_types.coerce(value, service.result_type)[1]:
                warnings.append(f"decision service '{service.name}': the result {shown(value)} does not conform "
                                f"to the service's output type, so it is null")
                outputs = dict.fromkeys(outputs)
        return outputs

    def evaluate(self, decision_id: str, facts: Mapping[str, Any], *, decisions_given: bool = False) -> DecisionResult:
        """Evaluate a decision (by id, or by name) and the decisions it requires.

        ``facts`` are plain Python values (numbers become ``Decimal`` for FEEL; Python-expression
        tables see them unchanged). With ``decisions_given`` (a decision tested on its own, as the studio's
        test panels and saved cases do), a fact named after another decision of the model is that decision's
        value and the decision is not evaluated, as a decision service takes its input decisions; a running
        process never gives decisions (its data must not stand in for a table's answer).

        :raises DecisionFailed: unknown decision, unsupported decision kind, hit-policy violation,
            a value outside its allowed values, or a failing Python cell.
        """
        key = decision_id if decision_id in self._compiled else self._by_name.get(decision_id)
        if key is None:
            raise DecisionFailed(f"no decision '{decision_id}' in this model "
                                 f"(known: {', '.join(sorted(self._compiled)) or 'none'})")
        warnings: list[str] = []
        self._check_constraints(facts)
        given = {other: to_feel_or_none(facts[name]) for name, other in self._by_name.items()
                 if decisions_given and other != key and facts.get(name) is not None}
        run = _Run(self, facts, _FeelFacts(facts, warnings, self._input_types), warnings, given)
        return run.result(key)

    def _check_constraints(self, facts: Mapping[str, Any]) -> None:
        for constraint in self._constraints:
            if facts.get(constraint.name) is None:
                continue
            try:
                value = to_feel(facts[constraint.name])
            except FeelError:
                continue  # reported as a warning when the value is used
            if constraint.test(value, Env({})) is not True:
                raise DecisionFailed(f"input '{constraint.name}' is {shown(value)}, which is not among its "
                                     f"allowed values {constraint.text}")


class _Run:
    """One evaluation: facts, results so far (each decision runs once), shared warnings."""

    def __init__(self, model: DecisionModel, facts: Mapping[str, Any], feel_facts: Mapping[str, Any],
                 warnings: list[str], preset: Mapping[str, Any] | None = None) -> None:
        self.model, self.facts, self.feel_facts = model, facts, feel_facts
        self.fact_warnings = warnings
        self.done: dict[str, DecisionResult] = {}
        self.imported_runs: dict[str, _Run] = {}
        for key, value in (preset or {}).items():  # decisions given (a service's input decisions), typed
            decision = model._compiled[key]
            value = _typed(value, decision.result_type, Env({}, warnings=warnings))
            info = decision.info
            self.done[key] = DecisionResult(key, info.name, info.kind, None, None, value, (info.name,))

    def result(self, key: str) -> DecisionResult:
        if key not in self.done:
            try:
                self.done[key] = self._evaluate(self.model._compiled[key])
            except (EvaluationTooLarge, RecursionError) as exc:
                reason = exc if isinstance(exc, EvaluationTooLarge) else "functions call each other too deeply"
                raise DecisionFailed(f"decision '{self.model._compiled[key].info.name}' stopped: {reason}") \
                    from None
        return self.done[key]

    def _evaluate(self, decision: CompiledDecision) -> DecisionResult:
        info = decision.info
        if info.kind == "unusable":
            raise DecisionFailed(str(info.unsupported))
        required = {key: self.result(key) for key in info.required_decisions}
        imported = self._imported_results(decision.imported)
        python = info.python
        env = self._env(required, python, imported)
        mark = len(self.fact_warnings)
        base: dict[str, Any] = dict(decision_id=info.decision_id, decision_name=info.name, kind=info.kind,
                                    hit_policy=info.hit_policy, aggregation=info.aggregation,
                                    output_names=decision.output_names, required=required)
        if decision.table is None:
            assert decision.literal is not None
            value = decision.literal(env)
            value = _from_python(value, env) if python else value
            value = _typed(value, decision.result_type, env)
            return DecisionResult(outputs=value, warnings=self._warnings(env, mark), **base)
        outcome = decision.table.evaluate(env)
        inputs = [EvaluatedInput(column.label, column.text, value)
                  for column, value in zip(decision.table.inputs, outcome.inputs)]
        matched = [MatchedRule(hit.index, hit.rule_id, hit.outputs) for hit in outcome.hits]
        value = outcome.value if python else _typed(outcome.value, decision.result_type, env)
        return DecisionResult(outputs=value, matched_rules=matched, inputs=inputs,
                              warnings=self._warnings(env, mark), defaulted=outcome.defaulted, **base)

    def _imported_results(self, wanted: tuple[tuple[str, str], ...]) -> dict[str, dict[str, Any]]:
        """Required decisions of imported models, by import name then decision name.

        Each imported model runs once per evaluation, on the facts nested under its import name."""
        values: dict[str, dict[str, Any]] = {}
        for name, key in wanted:
            run = self.imported_runs.get(name)
            if run is None:
                model = self.model._imports[name]
                nested = self.facts.get(name)
                facts: Mapping[str, Any] = nested if isinstance(nested, Mapping) else {}
                warnings = self.fact_warnings
                run = self.imported_runs[name] = _Run(
                    model, facts, _FeelFacts(facts, warnings, model._input_types), warnings)
            result = run.result(key)
            values.setdefault(name, {})[result.decision_name] = result.outputs
        return values

    def _env(self, required: dict[str, DecisionResult], python: bool,
             imported: dict[str, dict[str, Any]] | None = None) -> Env:
        by_variable: dict[str, Any] = {}
        for name, values in (imported or {}).items():
            functions = self.model._knowledge.get(name)
            by_variable[name] = {**(functions if isinstance(functions, dict) else {}), **values}
        for key, result in required.items():
            decision = self.model._compiled[key]
            by_variable[decision.variable] = result.outputs
            if decision.table is not None and len(decision.output_names) == 1:
                # Camunda's convention: a single-output table is also readable by its output's name
                by_variable.setdefault(decision.output_names[0], result.outputs)
        if python:
            return Env({**self.facts, **{name: to_python(value) for name, value in by_variable.items()}})
        return Env(by_variable, Env(self.feel_facts, Env(self.model._knowledge, warnings=[])))

    def _warnings(self, env: Env, mark: int) -> list[str]:
        return list(dict.fromkeys(self.fact_warnings[mark:] + env.warnings))


def _from_python(value: Any, env: Env) -> Any:
    try:
        return to_feel(value)
    except FeelError as exc:
        env.warn(f"result: {exc}")
        return None


def _typed(value: Any, expected: FeelType | None, env: Env) -> Any:
    """A decision's value as its typeRef requires: coerced, or null with a warning."""
    if expected is None:
        return value
    coerced, fits = feel_types.coerce(value, expected)
    if not fits:
        env.warn(f"the result {shown(value)} does not conform to the decision's type, so it is null")
    return coerced


def to_feel_or_none(value: Any) -> Any:
    try:
        return to_feel(value)
    except FeelError:
        return None


class _FeelFacts(Mapping[str, Any]):
    """The facts as FEEL values, converted on first use (order data can be large), and coerced to
    the type of the input data they fill, when it declares one."""

    def __init__(self, facts: Mapping[str, Any], warnings: list[str],
                 types: Mapping[str, FeelType] | None = None) -> None:
        self._facts = facts
        self._converted: dict[str, Any] = {}
        self._warnings = warnings
        self._types = types or {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._converted:
            try:
                value = check_size(to_feel(self._facts[name]))
            except FeelError as exc:
                self._warnings.append(f"fact '{name}': {exc}")
                value = None
            expected = self._types.get(name)
            if expected is not None:
                value, fits = feel_types.coerce(value, expected)
                if not fits:
                    self._warnings.append(f"fact '{name}' does not conform to its declared type, so it is null")
            self._converted[name] = value
        return self._converted[name]

    def __contains__(self, name: object) -> bool:
        return name in self._facts

    def __iter__(self) -> Iterator[str]:
        return iter(self._facts)

    def __len__(self) -> int:
        return len(self._facts)
