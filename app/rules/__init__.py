"""Ordra's decision engine: standard DMN decision tables with FEEL, no SpiffWorkflow, no ``eval``.

::

    model = compile_dmn(data, "pricing.dmn")            # once per deployment; DmnInvalid lists every problem
    result = model.evaluate("pricing_fibre", facts)    # DecisionResult: outputs, matched rules, warnings
    order_data.update(to_jsonable(result.require().as_dict()))
    audit.append(result.explain())                      # why the table chose what it chose

Supported: DMN 1.1–1.5 files with several decisions, required decisions (evaluated in dependency
order), decision tables with every hit policy and COLLECT aggregation, input/output value lists,
default outputs, literal-expression decisions and business knowledge models written as literal
expressions or tables. Other boxed expressions are reported as unsupported (a warning at
deployment, :class:`DecisionFailed` when evaluated). Tables whose ``expressionLanguage`` is
``python`` (SpiffWorkflow's) run their cells through the ``python_evaluator`` the caller supplies.
"""
from __future__ import annotations

from collections.abc import Mapping

from app.rules.dmn_xml import DMN_NAMESPACES
from app.rules.dmn_xml import DefinitionsSpec
from app.rules.dmn_xml import read_definitions
from app.rules.errors import DecisionFailed
from app.rules.errors import DmnInvalid
from app.rules.errors import NoMatch
from app.rules.errors import RulesError
from app.rules.imports import ImportedModel
from app.rules.loader import Compiler
from app.rules.model import ColumnInfo
from app.rules.model import DecisionInfo
from app.rules.model import DecisionModel
from app.rules.model import RuleInfo
from app.rules.python_cells import PythonEvaluator
from app.rules.results import DecisionResult
from app.rules.results import EvaluatedInput
from app.rules.results import MatchedRule
from app.rules.results import to_jsonable
from app.xmlsafe import XmlRejected
from app.xmlsafe import parse_xml

__all__ = ["ColumnInfo", "DecisionFailed", "DecisionInfo", "DecisionModel", "DecisionResult", "DmnInvalid",
           "EvaluatedInput", "MatchedRule", "NoMatch", "PythonEvaluator", "RuleInfo", "RulesError",
           "compile_dmn", "dmn_namespace", "to_jsonable"]


def compile_dmn(data: bytes, filename: str, *, python_evaluator: PythonEvaluator | None = None,
                imports: Mapping[str, bytes] | None = None) -> DecisionModel:
    """Parse and compile a DMN file once; evaluate its decisions many times.

    :param data: the file's bytes (untrusted: parsed without DTDs or entities).
    :param filename: named in error messages.
    :param python_evaluator: runs the cells of ``expressionLanguage="python"`` tables.
    :param imports: the DMN files an ``<import>`` may name, by their ``namespace`` (see
        :func:`dmn_namespace`); an imported model's item definitions, business knowledge models,
        decision services and required decisions are reached by the import's name (``myimport.tPerson``,
        ``myimport.Say Hello(p)``, ``myimport.Greeting``); its input data are given nested under that name.
    :raises DmnInvalid: with one ``{"file", "line", "message"}`` per problem — every cell that does
        not parse, unknown required decisions, cycles, bad hit policies, imports not given — or why
        the XML was refused (malformed, DOCTYPE, too large, not DMN).
    """
    return _compile(data, filename, python_evaluator, imports or {}, frozenset())[0]


def dmn_namespace(data: bytes) -> str | None:
    """The ``namespace`` a DMN file declares (what another file's ``<import>`` names), if it is readable."""
    try:
        namespace: str | None = parse_xml(data, "import").get("namespace")  # lxml ships no types
        return namespace
    except XmlRejected:
        return None


def _compile(data: bytes, filename: str, evaluator: PythonEvaluator | None, imports: Mapping[str, bytes],
             importing: frozenset[str]) -> tuple[DecisionModel, Compiler]:
    try:
        root = parse_xml(data, filename)
    except XmlRejected as exc:
        raise DmnInvalid(exc.errors) from None
    try:
        spec = read_definitions(root)
    except ValueError as exc:
        raise DmnInvalid([{"file": filename, "line": root.sourceline, "message": str(exc)}]) from None
    imported, problems = _imported(spec, filename, evaluator, imports, importing | {spec.namespace})
    compiler = Compiler(spec, filename, evaluator, imported)
    for line, message in problems:
        compiler.error(line, message)
    model = compiler.model()
    refused = compiler.refused()
    if refused:
        raise DmnInvalid(refused)
    return model, compiler


def _imported(spec: DefinitionsSpec, filename: str, evaluator: PythonEvaluator | None,
              imports: Mapping[str, bytes], importing: frozenset[str]
              ) -> tuple[list[ImportedModel], list[tuple[int | None, str]]]:
    """Compile the DMN models ``spec`` imports; the problems say which import failed and why."""
    models, problems = [], []
    for wanted in spec.imports:
        if wanted.import_type and wanted.import_type not in DMN_NAMESPACES:
            problems.append((wanted.line, f"import '{wanted.name}' is of type '{wanted.import_type}'; Ordra imports "
                                          f"DMN models only"))
        elif wanted.namespace in importing:
            problems.append((wanted.line, f"import '{wanted.name}' ({wanted.namespace}) imports this model back"))
        elif wanted.namespace not in imports:
            problems.append((wanted.line, f"import '{wanted.name}' names the DMN model '{wanted.namespace}', which is "
                                          f"neither uploaded nor deployed"))
        else:
            try:
                model, compiler = _compile(imports[wanted.namespace], f"{filename} (import '{wanted.name}')",
                                           evaluator, imports, importing)
            except DmnInvalid as exc:
                reasons = "; ".join(error["message"] for error in exc.errors[:3])
                problems.append((wanted.line, f"import '{wanted.name}' cannot be compiled: {reasons}"))
                continue
            models.append(ImportedModel(wanted.name, dict(compiler.types), dict(model.knowledge_functions()),
                                        frozenset(compiler.names), wanted.namespace, model))
    return models, problems
