"""Describe a form spec as JSON Schema, for API clients of forms not defined in JSON Schema.

The API shows each task's form as a JSON Schema; Camunda-defined forms have none, so one is
derived here. The result loads back through ``spec_from_json_schema`` into the same fields,
except for what only a UI schema can say (textarea, password, hidden, radio, checkboxes).
An optional field may also be submitted as ``null`` (left empty); the schema does not spell
that out, to keep choice lists plain ``oneOf`` lists.
"""
from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from app.taskforms.spec import Choice
from app.taskforms.spec import FieldSpec
from app.taskforms.spec import FormSpec
from app.taskforms.spec import RequiredWhen

_BASE: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "textarea": {"type": "string"},
    "password": {"type": "string"},
    "hidden": {"type": "string"},
    "email": {"type": "string", "format": "email"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
}


def spec_to_json_schema(spec: FormSpec) -> dict[str, Any]:
    """Return a draft 2020-12 JSON Schema for the data ``spec`` accepts and returns."""
    root: dict[str, Any] = {"$schema": str(Draft202012Validator.META_SCHEMA["$id"]), "type": "object"}
    if spec.title:
        root["title"] = spec.title
    if spec.description:
        root["description"] = spec.description
    root["properties"] = {}
    for field in spec.fields:
        group, _, leaf = field.name.rpartition(".")
        parent = root["properties"].setdefault(group, {"type": "object", "properties": {}}) if group else root
        parent["properties"][leaf] = _property(field)
        if field.required and field.kind != "boolean":  # a boolean's "required" is const true
            parent.setdefault("required", []).append(leaf)
    if spec.conditions:
        root["allOf"] = [_condition(condition) for condition in spec.conditions]
    return root


def _condition(condition: RequiredWhen) -> dict[str, Any]:
    """The shape ``json_conditions`` reads back: the fields required when a choice is made."""
    values = list(condition.values)
    test = {"const": values[0]} if len(values) == 1 else {"enum": values}
    return {"if": {"properties": {condition.field: test}, "required": [condition.field]},
            "then": {"required": list(condition.required)}}


def _property(field: FieldSpec) -> dict[str, Any]:
    prop: dict[str, Any] = {"title": field.label}
    if field.kind == "enum":
        prop.update(_choices(field.choices))
    elif field.kind == "multi_enum":
        prop.update({"type": "array", "uniqueItems": True, "items": _choices(field.choices)})
    else:
        prop.update(_BASE[field.kind])
    prop.update(_constraints(field))
    if field.help:
        prop["description"] = field.help
    if field.default is not None:
        prop["default"] = list(field.default) if isinstance(field.default, tuple) else field.default
    if field.readonly:
        prop["readOnly"] = True
    return prop


def _choices(choices: tuple[Choice, ...]) -> dict[str, Any]:
    values = [value for value, _ in choices]
    options = [{"const": value, "title": label} for value, label in choices]
    return {"type": _json_type(values), "oneOf": options}


def _json_type(values: list[Any]) -> str:
    if all(isinstance(value, str) for value in values):
        return "string"
    if all(isinstance(value, int) for value in values):
        return "integer"
    return "number"


def _constraints(field: FieldSpec) -> dict[str, Any]:
    counts = field.kind == "multi_enum"
    found = {
        "exclusiveMinimum" if field.exclusive_minimum else "minimum": field.minimum,
        "exclusiveMaximum" if field.exclusive_maximum else "maximum": field.maximum,
        "minItems" if counts else "minLength": field.min_length,
        "maxItems" if counts else "maxLength": field.max_length,
        "pattern": field.pattern,
        "const": True if field.kind == "boolean" and field.required else None,
    }
    return {keyword: value for keyword, value in found.items() if value is not None}
