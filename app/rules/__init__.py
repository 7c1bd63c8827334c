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

from app.rules.dmn_xml import read_definitions
from app.rules.errors import DecisionFailed
from app.rules.errors import DmnInvalid
from app.rules.errors import NoMatch
from app.rules.errors import RulesError
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
           "compile_dmn", "to_jsonable"]


def compile_dmn(data: bytes, filename: str, *, python_evaluator: PythonEvaluator | None = None) -> DecisionModel:
    """Parse and compile a DMN file once; evaluate its decisions many times.

    :param data: the file's bytes (untrusted: parsed without DTDs or entities).
    :param filename: named in error messages.
    :param python_evaluator: runs the cells of ``expressionLanguage="python"`` tables.
    :raises DmnInvalid: with one ``{"file", "line", "message"}`` per problem — every cell that does
        not parse, unknown required decisions, cycles, bad hit policies — or why the XML was refused
        (malformed, DOCTYPE, too large, not DMN).
    """
    try:
        root = parse_xml(data, filename)
    except XmlRejected as exc:
        raise DmnInvalid(exc.errors) from None
    try:
        spec = read_definitions(root)
    except ValueError as exc:
        raise DmnInvalid([{"file": filename, "line": root.sourceline, "message": str(exc)}]) from None
    compiler = Compiler(spec, filename, python_evaluator)
    model = compiler.model()
    refused = compiler.refused()
    if refused:
        raise DmnInvalid(refused)
    return model
