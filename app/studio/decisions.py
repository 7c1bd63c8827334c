"""Evaluating deployed decisions: pinned to a deployment for running processes, newest otherwise."""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from app import rules
from app.engine.runtime import Decide
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.rules.results import nest
from app.studio.models import DecisionVersion
from app.studio.models import ModelFile
from app.studio.service import decision_as_of
from app.studio.service import decision_file_as_of
from app.studio.service import dmn_imports_as_of
from app.studio.service import python_evaluator
from app.xmlsafe import parse_xml

CHOICE = re.compile(r'"([^"]*)"')


@lru_cache(maxsize=128)
def _compiled(file_id: int, sha256: str) -> rules.DecisionModel:
    """A DMN file compiled once per content (files never change once stored), with the DMN files it
    may import as they were when it was deployed."""
    row = db.session.get(ModelFile, file_id)
    assert row is not None and row.sha256 == sha256
    imports = dmn_imports_as_of(row.deployment_id, {row.filename}) if b"import" in row.content else {}
    return rules.compile_dmn(row.content, row.filename, python_evaluator=python_evaluator(), imports=imports)


def evaluate(decision_id: str, facts: Mapping[str, Any], *, deployment_id: int | None = None,
             decisions_given: bool = False) -> rules.DecisionResult:
    """Evaluate ``decision_id`` as deployed up to ``deployment_id`` (None: the newest version); ``decisions_given``:
    facts named after its file's other decisions stand for them (:meth:`app.rules.DecisionModel.evaluate`)."""
    file_id, sha256 = decision_file_as_of(decision_id, deployment_id)
    return _compiled(file_id, sha256).evaluate(decision_id, facts, decisions_given=decisions_given)


def decider(deployment_id: int) -> Decide:
    """The ``decide`` hook for instances pinned to ``deployment_id``.

    A table with no matching rule and no default output is an error here: the order must not
    go on with missing data (it becomes a failed task, which is retried after a fix).
    """
    def decide(decision_id: str, facts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        result = evaluate(decision_id, facts, deployment_id=deployment_id)
        result.require()
        return rules.to_jsonable(result.as_dict()), result.explain()
    return decide


def describe(decision_id: str, number: int | None = None) -> tuple[DecisionVersion, rules.DecisionInfo]:
    """A version of a decision (``number``; None: the newest) and its table as the rules engine read it.

    :raises NotFound: no such decision or version."""
    version = decision_as_of(decision_id, None) if number is None else db.session.scalar(
        select(DecisionVersion).where(DecisionVersion.decision_id == decision_id, DecisionVersion.version == number))
    if version is None:
        raise NotFound(f"decision '{decision_id}' has no version {number}")
    return version, _compiled(version.file_id, version.file.sha256).decisions[decision_id]


def output_literals(decision_id: str, output: str) -> frozenset[str]:
    """The strings the newest version of ``decision_id`` gives as literals in its ``output`` column, its default
    included (an entry that is an expression names no value it can be known by); none when it is not deployed."""
    try:
        file_id, sha256 = decision_file_as_of(decision_id, None)  # remembered: asked on every start by hand
    except NotFound:
        return frozenset()
    info = _compiled(file_id, sha256).decisions[decision_id]
    columns = [column.label for column in info.outputs]
    if output not in columns:
        return frozenset()
    at = columns.index(output)
    entries = [rule.output_entries[at] for rule in info.rules] + [info.outputs[at].default or ""]
    return frozenset(m.group(1) for entry in entries if (m := CHOICE.fullmatch(entry.strip())) and m.group(1))


def try_out(decision_id: str, facts: Mapping[str, Any]) -> dict[str, Any]:
    """Evaluate the newest version with ``facts`` and explain it (the studio's test panel: a value given for a
    decision it requires stands for that decision).

    :raises DecisionFailed: the evaluation itself fails (e.g. overlapping UNIQUE rules).
    """
    return evaluate(decision_id, facts, decisions_given=True).explain()


@dataclass(frozen=True)
class InputField:
    """One typed field of the test panel: an input column of the table."""

    fact: str  # the name its value is given under
    label: str
    expression: str
    type: str  # the column's typeRef: number, boolean, date, string...
    choices: tuple[str, ...]  # the column's allowed texts, if it lists them
    decision: bool = False  # the fact is another decision of the file: a value given stands for it

    def value(self, text: str) -> Any:
        """The typed value of what was entered ("" is no value). :raises Invalid: not of the column's type."""
        if text == "":
            return None
        if self.type == JSON_FIELD:
            try:
                return json.loads(text)
            except ValueError:
                raise Invalid(errors=[{"field": self.fact, "message": 'must be JSON: a list [...], an object '
                                                                      '{...}, a number or "a text"'}]) from None
        if self.type == "boolean":
            return text == "true"
        if self.type in ("number", "integer", "long", "double"):
            try:
                number = Decimal(text)
            except InvalidOperation:
                number = Decimal("NaN")
            if not number.is_finite():  # NaN, sNaN and Infinity are read by Decimal but are no number of a table
                raise Invalid(errors=[{"field": self.fact, "message": "must be a number"}])
            return int(number) if number == number.to_integral_value() else number
        return text


def input_fields(version: DecisionVersion) -> list[InputField]:
    """The test panel's fields, one per input column of the newest table (none for other decisions)."""
    from app.rules.dmn_xml import read_definitions

    spec = read_definitions(parse_xml(version.file.content, version.file.filename))
    decision = next((d for d in spec.decisions if d.decision_id == version.decision_id), None)
    table = decision.logic.table if decision is not None else None
    if table is None:
        return []
    others = {d.name for d in spec.decisions if d.decision_id != version.decision_id}
    by_fact: dict[str, list[Any]] = {}
    for column in table.inputs:
        by_fact.setdefault(fact_name(column.expression.text), []).append(column)
    return [_field(fact, columns, fact in others) for fact, columns in by_fact.items()]


# A field for a fact an input column computes with (``count(items)``): the column's type is its result's, not
# the fact's (a list), so the fact is given as JSON.
JSON_FIELD = "JSON"


def _field(fact: str, columns: list[Any], decision: bool) -> InputField:
    """One field per fact, however many columns read it (``count(items)`` and ``count(items[...])`` both read
    ``items``): typed by its column when the column reads the fact as it is, else JSON."""
    first = columns[0]
    expressions = list(dict.fromkeys(c.expression.text.strip() for c in columns))
    if expressions == [fact]:
        return InputField(fact, first.label, fact, (first.expression.type_ref or "string").split(":")[-1],
                          tuple(CHOICE.findall(first.allowed.text)) if first.allowed else (), decision=decision)
    return InputField(fact, " / ".join(dict.fromkeys(c.label or c.expression.text for c in columns)),
                      " and ".join(expressions), JSON_FIELD, (), decision=decision)


def typed_facts(fields: list[InputField], texts: list[str]) -> dict[str, Any]:
    """What was entered in the test panel's fields, as facts: each typed by its column, a path nested.

    :raises Invalid: an entry not of its column's type."""
    return nest({field.fact: field.value(text) for field, text in zip(fields, texts)})


def facts_example(fields: list[InputField]) -> str:
    """The JSON the test panel's "More inputs" takes, for its fields' facts: ``{"order": {"customer": {"type": …}}}``
    (each fact once, a path nested), as :func:`typed_facts` would send them."""
    placeholder = "\u2026"
    shown = json.dumps(nest({field.fact: placeholder for field in fields}), ensure_ascii=False)
    return shown.replace(json.dumps(placeholder, ensure_ascii=False), placeholder)


def fact_name(expression: str) -> str:
    """The fact an input column reads, the one value the test panel asks for: the first name in its expression that
    is neither a function it calls nor a variable it binds. A FEEL name may hold spaces ("Days Late"); a path
    ("order.customer.type") is a fact given nested (:func:`app.rules.results.nest`). The editor's JavaScript
    (``OrdraStudio.factName``) reads an expression the same way; tests/studio/fact_names.json holds both to it."""
    text = _BUILTINS_WITH_KEYWORDS.sub("(", _STRINGS.sub('""', expression))
    tokens = _TOKENS.findall(text)
    binding = False  # the previous token binds the next name (for, some, every)
    bound: set[str] = set()
    index = 0
    while index < len(tokens):
        if not _is_name(tokens[index]):
            binding = tokens[index] in _BINDERS
            index += 1
            continue
        start = index
        while index + 1 < len(tokens) and _is_name(tokens[index + 1]):
            index += 1
        name = " ".join(tokens[start:index + 1])
        called = index + 1 < len(tokens) and tokens[index + 1] == "("
        if binding:
            bound.add(name)
        elif not called and name.split(".")[0] not in bound:
            return name
        binding = False
        index += 1
    return expression


def _is_name(token: str) -> bool:
    return _NAME.fullmatch(token) is not None and token not in _FEEL_KEYWORDS


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_TOKENS = re.compile(r"[A-Za-z_][\w.]*|\S")
_NAME = re.compile(r"[A-Za-z_][\w.]*")
_FEEL_KEYWORDS = frozenset({"and", "or", "not", "in", "between", "instance", "of", "if", "then", "else", "for", "some",
                            "every", "satisfies", "return", "function", "true", "false", "null"})
_BINDERS = frozenset({"for", "some", "every"})
# Built-in functions whose names hold a keyword ("date and time"): read as the call they are.
_BUILTINS_WITH_KEYWORDS = re.compile(
    r"\b(?:date and time|years and months duration|day of year|day of week|month of year|week of year)\s*\(")
