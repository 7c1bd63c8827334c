"""Read a form schema's conditional requirements: ``if`` a choice is made, ``then`` more fields are required.

One shape is read, at the schema's root, on its own or as the items of ``allOf``::

    "allOf": [{"if": {"properties": {"approval_decision": {"const": "reject"}}, "required": ["approval_decision"]},
               "then": {"required": ["customer_reason"]}}]

``enum`` may stand for ``const`` (any of several values). The ``if`` must list its field as required: without
that, JSON Schema applies the ``then`` also when the field is left empty, which no form could explain. Any other
shape is refused where it stands, so that a schema never means more to another validator than to the form.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.taskforms.errors import FormSpecError
from app.taskforms.json_refs import Schema
from app.taskforms.json_refs import check_keywords
from app.taskforms.json_refs import fail
from app.taskforms.json_refs import join
from app.taskforms.spec import RequiredWhen
from app.taskforms.spec import Scalar

CONDITION_KEYWORDS = frozenset({"if", "then", "allOf"})  # the root keywords this module reads
_SHAPE = ('write {"if": {"properties": {"<field>": {"const": <value>}}, "required": ["<field>"]}, '
          '"then": {"required": ["<fields>"]}}')


def read_conditions(schema: Schema) -> tuple[list[RequiredWhen], list[str]]:
    """Return the schema's conditions and, instead of those it cannot read, the problems found (each located)."""
    parts: list[tuple[str, Any]] = []
    if "if" in schema or "then" in schema:
        parts.append(("", {key: schema[key] for key in ("if", "then") if key in schema}))
    all_of = schema.get("allOf")
    if all_of is not None:
        items = all_of if isinstance(all_of, list) else [all_of]
        parts += [(f"allOf[{index}]", item) for index, item in enumerate(items)]
    conditions: list[RequiredWhen] = []
    problems: list[str] = []
    for path, node in parts:
        try:
            conditions.append(_condition(node, path))
        except FormSpecError as error:
            problems.extend(error.messages)
    return conditions, problems


def _condition(node: Any, path: str) -> RequiredWhen:
    if not isinstance(node, Mapping) or "if" not in node or "then" not in node:
        fail(path, f"only conditions that require fields are read: {_SHAPE}")
    check_keywords(node, {"if", "then"}, path)
    field, values = _when(node["if"], join(path, "if"))
    return RequiredWhen(field=field, values=values, required=_then(node["then"], join(path, "then")))


def _when(node: Any, path: str) -> tuple[str, tuple[Scalar, ...]]:
    if not isinstance(node, Mapping) or not isinstance(node.get("properties"), Mapping) \
            or len(node["properties"]) != 1:
        fail(path, f"an if names exactly one field: {_SHAPE}")
    check_keywords(node, {"properties", "required"}, path)
    [(field, test)] = node["properties"].items()
    if node.get("required") != [field]:
        fail(join(path, "required"), f"must be [{field!r}]; without it the then applies also when {field!r} "
                                     "is left empty")
    test_path = join(path, "properties", field)
    if not isinstance(test, Mapping) or len(test) != 1 or not ({"const", "enum"} & set(test)):
        fail(test_path, "give the values that make the fields required as \"const\" or \"enum\" alone")
    values = [test["const"]] if "const" in test else test["enum"]
    if not isinstance(values, list) or not values or not all(isinstance(v, str | int | float) for v in values):
        fail(test_path, "the values are strings, numbers or true/false")
    return field, tuple(values)


def _then(node: Any, path: str) -> tuple[str, ...]:
    if not isinstance(node, Mapping):
        fail(path, f"a then requires fields: {_SHAPE}")
    check_keywords(node, {"required"}, path)
    required = node.get("required")
    if not isinstance(required, list) or not required or not all(isinstance(name, str) for name in required):
        fail(join(path, "required"), "list the fields the condition requires")
    return tuple(required)
