"""Read the DMN TCK test files and run their cases against :mod:`app.rules`.

Used by ``test_dmn_tck.py`` (one pytest case per TCK case) and by ``tck_report.py`` (a tally per
model). A case is *skipped* only when it needs what the engine reports as beyond decision tables
and literal expressions; anything else that goes wrong is a failure.

A result the TCK marks ``errorResult`` passes when the decision fails (``DecisionFailed``) or
evaluates to null with a warning (FEEL reports errors as null plus a message); null without a
warning does not pass.

Numbers compare as ``Decimal``: equal within a relative 1e-12, or within an absolute 1e-8 as the
TCK's own Drools runner compares them (``CompareValuesUtil``, ``NUMBER_COMPARISON_PRECISION``). The
TCK's expected values for long computations were produced in double precision: for 0008/0009 cases
002 and 003 they differ from the exact result in the 14th significant digit (562.707359373292
expected; 562.70735937326592... is right to 60 digits), and ``exp``/``log`` results are written
rounded to 8 decimals (54.59815003 for ``exp(4)``); the engine computes in decimal128 (34 digits).
"""
from __future__ import annotations

import decimal
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import Any

from lxml import etree

from app.rules import DecisionFailed
from app.rules import DecisionModel
from app.rules import DmnInvalid
from app.rules import compile_dmn
from app.rules import dmn_namespace
from app.rules.feel import temporal
from app.rules.feel.types import FeelError
from app.rules.feel.types import equal
from app.xmlsafe import parse_xml

TCK = Path(__file__).resolve().parents[1] / "data" / "dmn-tck"  # vendored: see its README.md
RELATIVE_TOLERANCE = decimal.Decimal("1e-12")
ABSOLUTE_TOLERANCE = decimal.Decimal("1e-8")  # the TCK's Drools runner: |expected - actual| < 1e-8
_TC = "{http://www.omg.org/spec/DMN/20160719/testcase}"
_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"


@dataclass(frozen=True)
class ResultCheck:
    name: str
    expected: Any
    error_expected: bool


@dataclass(frozen=True)
class TckCase:
    model: Path
    case_id: str
    description: str
    inputs: dict[str, Any]
    results: tuple[ResultCheck, ...]
    service: str | None = None  # a decision service the case invokes, else each result is a decision
    foreign_inputs: tuple[tuple[str, str, Any], ...] = ()  # (namespace, name, value): imported models' inputs

    @property
    def level(self) -> str:
        return self.model.parent.parent.name

    @property
    def model_name(self) -> str:
        return self.model.stem

    @property
    def label(self) -> str:
        return f"{self.model_name}:{self.case_id}"


@dataclass(frozen=True)
class Outcome:
    status: str  # "passed" | "skipped" | "failed"
    reason: str = ""


def load_cases(directory: Path = TCK) -> list[TckCase]:
    """Every test case of every ``*-test-*.xml`` below ``directory``, in file order."""
    cases: list[TckCase] = []
    for test_file in sorted(directory.rglob("*-test-*.xml")):
        root = parse_xml(test_file.read_bytes(), test_file.name)
        model = test_file.parent / (root.findtext(f"{_TC}modelName") or "").strip()
        for element in root.iter(f"{_TC}testCase"):
            cases.append(_case(model, element))
    return cases


def _case(model: Path, element: etree._Element) -> TckCase:
    inputs: dict[str, Any] = {}
    foreign: list[tuple[str, str, Any]] = []
    for node in element.findall(f"{_TC}inputNode"):
        if node.get("namespace"):  # an input data of some (transitively) imported model
            foreign.append((node.get("namespace", ""), node.get("name", ""), read_value(node)))
        else:
            inputs[node.get("name", "")] = read_value(node)
    results = tuple(
        ResultCheck(node.get("name", ""), read_value(node.find(f"{_TC}expected")),
                    node.get("errorResult") == "true")
        for node in element.findall(f"{_TC}resultNode"))
    service = element.get("invocableName") if element.get("type") == "decisionService" else None
    return TckCase(model, element.get("id", ""), (element.findtext(f"{_TC}description") or "").strip(),
                   inputs, results, service, tuple(foreign))


def read_value(node: etree._Element | None) -> Any:
    """The typed value held by an inputNode, expected, component or item element."""
    if node is None:
        return None
    value = node.find(f"{_TC}value")
    if value is not None:
        return _typed(value)
    listed = node.find(f"{_TC}list")
    if listed is not None:
        return [read_value(item) for item in listed.findall(f"{_TC}item")]
    components = node.findall(f"{_TC}component")
    if components:
        return {component.get("name", ""): read_value(component) for component in components}
    return None


def _typed(value: etree._Element) -> Any:
    if value.get(f"{_XSI}nil") == "true":
        return None
    text = value.text or ""
    kind = (value.get(f"{_XSI}type") or "xsd:string").split(":")[-1]
    readers = {
        "decimal": decimal.Decimal, "double": decimal.Decimal, "integer": decimal.Decimal,
        "int": decimal.Decimal, "long": decimal.Decimal, "boolean": lambda t: t.strip() == "true",
        "date": temporal.parse_date, "time": temporal.parse_time, "dateTime": temporal.parse_date_time,
        "duration": temporal.parse_duration, "string": str,
    }
    try:
        return readers.get(kind, str)(text if kind == "string" else text.strip())
    except FeelError:
        return Unreadable(text)  # e.g. a date of year -2017: Python's dates cannot hold it


@dataclass(frozen=True)
class Unreadable:
    """A TCK value the engine's types cannot represent; a case using it fails."""

    text: str


def same(expected: Any, actual: Any) -> bool:
    """TCK equality: numbers to the expected precision, lists and components member by member."""
    if expected is None:
        return actual is None
    if isinstance(expected, decimal.Decimal):
        return isinstance(actual, decimal.Decimal) and _close(expected, actual)
    if isinstance(expected, list):
        return isinstance(actual, list) and len(actual) == len(expected) and \
            all(same(e, a) for e, a in zip(expected, actual))
    if isinstance(expected, dict):
        return isinstance(actual, dict) and actual.keys() == expected.keys() and \
            all(same(expected[key], actual[key]) for key in expected)
    return equal(expected, actual) is True


def _close(expected: decimal.Decimal, actual: decimal.Decimal) -> bool:
    difference = abs(actual - expected)
    return difference <= abs(expected) * RELATIVE_TOLERANCE or difference < ABSOLUTE_TOLERANCE


class TckRunner:
    """Runs cases, compiling each model once."""

    def __init__(self) -> None:
        self._models: dict[Path, DecisionModel | DmnInvalid] = {}

    def run(self, case: TckCase) -> Outcome:
        model = self._model(case.model)
        if isinstance(model, DmnInvalid):
            return Outcome("failed", f"model refused: {model.errors}")
        if case.foreign_inputs:
            case = replace(case, inputs=nested_inputs(case))
        if case.service is not None:
            return self._run_service(model, case, case.service)
        problems, skips = [], []
        for check in case.results:
            problem, skip = self._check(model, case, check)
            problems += [problem] if problem else []
            skips += [skip] if skip else []
        if problems:
            return Outcome("failed", "; ".join(problems))
        if skips:
            return Outcome("skipped", "; ".join(skips))
        return Outcome("passed")

    def _model(self, path: Path) -> DecisionModel | DmnInvalid:
        if path not in self._models:
            try:
                self._models[path] = compile_dmn(path.read_bytes(), path.name, imports=siblings(path))
            except DmnInvalid as exc:
                self._models[path] = exc
        return self._models[path]

    def _run_service(self, model: DecisionModel, case: TckCase, service: str) -> Outcome:
        warnings: list[str] = []
        try:
            outputs = model.evaluate_service(service, case.inputs, warnings)
        except DecisionFailed as exc:
            if all(check.error_expected for check in case.results):
                return Outcome("passed")
            return Outcome("failed", f"service '{service}' failed: {exc}")
        problems = [f"'{check.name}': expected {'an error' if check.error_expected else repr(check.expected)}, "
                    f"got {outputs.get(check.name)!r}"
                    for check in case.results
                    if not same(check.expected, outputs.get(check.name))
                    or (check.error_expected and not warnings)]
        return Outcome("failed", "; ".join(problems)) if problems else Outcome("passed")

    def _check(self, model: DecisionModel, case: TckCase, check: ResultCheck) -> tuple[str | None, str | None]:
        info = next((i for i in model.decisions.values() if i.name == check.name), None)
        if info is not None and info.kind == "unsupported":
            return None, f"'{check.name}' is a {info.unsupported} (beyond decision tables)"
        try:
            result = model.evaluate(check.name, case.inputs)
        except DecisionFailed as exc:
            return (None if check.error_expected else f"'{check.name}' failed: {exc}"), None
        actual = result.outputs
        if check.error_expected:
            # an error is reported either by failing or, FEEL's way, by null with a warning saying why
            if actual is None and result.warnings:
                return None, None
            return f"'{check.name}' gave {actual!r}, the TCK expects an error", None
        if not same(check.expected, actual):
            return f"'{check.name}': expected {check.expected!r}, got {actual!r}", None
        return None, None


def iter_outcomes(directory: Path = TCK) -> Iterator[tuple[TckCase, Outcome]]:
    runner = TckRunner()
    for case in load_cases(directory):
        yield case, runner.run(case)


def siblings(path: Path) -> dict[str, bytes]:
    """The DMN files beside ``path``, by namespace: what its ``<import>`` elements may name."""
    found = {}
    for other in sorted(path.parent.glob("*.dmn")):
        data = other.read_bytes()
        namespace = dmn_namespace(data)
        if namespace and other != path:
            found[namespace] = data
    return found


def nested_inputs(case: TckCase) -> dict[str, Any]:
    """The case's inputs, with each input of an imported model (the TCK names its model by namespace)
    nested under every chain of import names that leads from the tested model to that model, as
    Ordra reads imported models' input data."""
    models = siblings(case.model)
    inputs: dict[str, Any] = dict(case.inputs)
    for namespace, name, value in case.foreign_inputs:
        for path in _import_paths(case.model.read_bytes(), models, namespace):
            target = inputs
            for step in path:
                target = target.setdefault(step, {})
            target[name] = value
    return inputs


def _import_paths(data: bytes, models: dict[str, bytes], namespace: str, depth: int = 0) -> list[list[str]]:
    root = parse_xml(data, "model")
    paths: list[list[str]] = []
    for element in root:
        if not isinstance(element.tag, str) or etree.QName(element).localname != "import" or depth > 10:
            continue
        wanted, name = element.get("namespace", ""), element.get("name", "")
        if wanted == namespace:
            paths.append([name])
        elif wanted in models:
            paths += [[name, *rest] for rest in _import_paths(models[wanted], models, namespace, depth + 1)]
    return paths
