"""Load a task form from a JSON Schema plus an optional react-jsonschema-form UI schema.

This is SpiffArena's convention: a user task's ``formJsonSchemaFilename`` property names the
schema, ``formUiSchemaFilename`` the UI schema. The schema is first checked against its
metaschema (draft-07, 2019-09 or 2020-12, chosen by ``$schema``; 2020-12 when absent), then
translated. Every problem found is reported at once, each with its location.

Nested objects are flattened one level: ``address: {type: object, properties: {street}}``
becomes the field ``address.street``, and its value comes back as ``{"address": {"street":
…}}``. The object's own ``required`` list applies as if the object were always present (a
form always submits every input); its title is not shown, its fields keep their own labels.
Objects inside nested objects are refused. Fields required only when a choice is made (``if``/``then`` at the
root, alone or in ``allOf``) are read by ``json_conditions``.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import replace
from typing import Any

from jsonschema import Draft7Validator
from jsonschema import Draft201909Validator
from jsonschema import Draft202012Validator
from jsonschema.protocols import Validator

from app.taskforms.errors import FormSpecError
from app.taskforms.json_conditions import CONDITION_KEYWORDS
from app.taskforms.json_conditions import read_conditions
from app.taskforms.json_props import property_traits
from app.taskforms.json_props import type_of
from app.taskforms.json_refs import Schema
from app.taskforms.json_refs import check_keywords
from app.taskforms.json_refs import fail
from app.taskforms.json_refs import join
from app.taskforms.json_refs import resolve
from app.taskforms.spec import MAX_FIELDS
from app.taskforms.spec import FieldSpec
from app.taskforms.spec import FormSpec
from app.taskforms.submission import check_defaults
from app.taskforms.ui_schema import apply_field_ui
from app.taskforms.ui_schema import check_object_ui
from app.taskforms.ui_schema import child_ui
from app.taskforms.ui_schema import is_readonly
from app.taskforms.ui_schema import ordered_names

_DRAFTS: dict[str, type[Validator]] = {
    str(cls.META_SCHEMA["$id"]).rstrip("#"): cls
    for cls in (Draft7Validator, Draft201909Validator, Draft202012Validator)
}
_OBJECT_KEYWORDS = frozenset(
    {"type", "title", "description", "properties", "required", "additionalProperties", "readOnly", "$comment"}
)
_ROOT_KEYWORDS = _OBJECT_KEYWORDS | {"$schema", "$id", "definitions", "$defs"} | CONDITION_KEYWORDS


@dataclass(frozen=True)
class _Scope:
    """Where the reader is: the object being read, and the problems found so far."""

    root: Schema
    path: str
    ui_path: str
    prefix: str
    readonly: bool
    problems: list[str]


def spec_from_json_schema(schema: Schema, ui_schema: Schema | None = None) -> FormSpec:
    """Return the form spec for a JSON Schema and optional UI schema.

    :raises FormSpecError: listing every problem (invalid schema, unsupported keyword, type,
        format or widget, bad ``$ref``, a default its own field would reject), each message
        starting with the schema path (``properties.qty.minimum: …``) or ``uiSchema.qty``.
    """
    declared = _declared_properties(schema)
    if declared > MAX_FIELDS:  # refuse before the (slow) metaschema check and field building
        raise FormSpecError([f"a form may have at most {MAX_FIELDS} fields; this one declares {declared:,}"])
    problems = metaschema_problems(schema)
    if ui_schema is not None and not isinstance(ui_schema, Mapping):
        problems.append("uiSchema: must be a JSON object")
    if problems:
        raise FormSpecError(problems)
    ui = ui_schema or {}
    scope = _Scope(schema, "", "uiSchema", "", schema.get("readOnly") is True or is_readonly(ui), [])
    if schema.get("type") != "object":
        scope.problems.append("(root): a form schema must have \"type\": \"object\"")
    fields = _read_object(schema, ui, scope, _ROOT_KEYWORDS)
    conditions, condition_problems = read_conditions(schema)
    scope.problems.extend(condition_problems)
    if scope.problems:
        raise FormSpecError(scope.problems)
    if not ui.get("ui:order"):  # read-only context first, then the inputs, each in the file's order
        fields.sort(key=lambda field: not field.readonly)
    spec = FormSpec(
        title=str(ui.get("ui:title") or schema.get("title", "")),
        description=str(ui.get("ui:description") or schema.get("description", "")),
        fields=tuple(fields),
        conditions=tuple(conditions),
    )
    default_problems = check_defaults(spec)
    if default_problems:
        raise FormSpecError(default_problems)
    return spec


def _declared_properties(schema: Any) -> int:
    """How many properties the schema declares, nested objects and definitions included."""
    count, stack = 0, [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            properties = node.get("properties")
            if isinstance(properties, Mapping):
                count += len(properties)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return count


def validate_json_schema(schema: Schema, ui_schema: Schema | None = None) -> list[str]:
    """Return every reason the schema cannot become a task form; an empty list means it can."""
    try:
        spec_from_json_schema(schema, ui_schema)
    except FormSpecError as error:
        return error.messages
    return []


def metaschema_problems(schema: Any) -> list[str]:
    """Return the metaschema violations of ``schema`` under the draft its ``$schema`` names."""
    if not isinstance(schema, Mapping):
        return ["(root): a form schema must be a JSON object"]
    declared = schema.get("$schema")
    validator = _DRAFTS.get(str(declared).rstrip("#")) if declared is not None else Draft202012Validator
    if validator is None:
        return [f"$schema: {declared!r} is not supported (use draft-07, 2019-09 or 2020-12)"]
    errors = validator(validator.META_SCHEMA).iter_errors(dict(schema))
    return sorted(f"{_location(error.json_path)}: {error.message}" for error in errors)


def _location(json_path: str) -> str:
    return json_path.removeprefix("$").removeprefix(".") or "(root)"


def _read_object(node: Schema, ui: Schema, scope: _Scope, keywords: frozenset[str]) -> list[FieldSpec]:
    """Return the fields of an object's properties, recording problems instead of stopping."""
    properties = node.get("properties", {})
    try:
        check_keywords(node, keywords, scope.path)
        check_object_ui(ui, properties, scope.ui_path)
        names = ordered_names(list(properties), ui.get("ui:order"), scope.ui_path)
        unknown = [name for name in node.get("required", ()) if name not in properties]
        if unknown:
            fail(join(scope.path, "required"), f"{unknown[0]!r} is not in properties")
    except FormSpecError as error:
        scope.problems.extend(error.messages)
        return []
    fields: list[FieldSpec] = []
    for name in names:
        fields.extend(_read_property(name, node, ui, scope))
    return fields


def _read_property(name: str, parent: Schema, ui: Schema, scope: _Scope) -> list[FieldSpec]:
    path = join(scope.path, "properties", name)
    try:
        if "." in name:
            fail(path, "property names cannot contain '.' (it joins nested field names)")
        prop = resolve(parent["properties"][name], scope.root, path)
        own_ui = child_ui(ui, name, scope.ui_path)
        if type_of(prop, path)[0] == "object":
            return _read_nested(name, prop, own_ui, scope, path)
        return [_read_leaf(name, prop, parent, own_ui, scope, path)]
    except FormSpecError as error:
        scope.problems.extend(error.messages)
        return []


def _read_nested(name: str, prop: Schema, ui: Schema, scope: _Scope, path: str) -> list[FieldSpec]:
    if scope.prefix:
        fail(path, "objects nested more than one level deep are not supported")
    readonly = scope.readonly or prop.get("readOnly") is True or is_readonly(ui)
    inner = replace(scope, path=path, ui_path=f"{scope.ui_path}.{name}", prefix=f"{name}.", readonly=readonly)
    return _read_object(prop, ui, inner, _OBJECT_KEYWORDS)


def _read_leaf(name: str, prop: Schema, parent: Schema, ui: Schema, scope: _Scope, path: str) -> FieldSpec:
    required = name in parent.get("required", ())
    traits = property_traits(name, prop, required=required, root=scope.root, path=path)
    traits = apply_field_ui(traits, ui, f"{scope.ui_path}.{name}")
    if scope.readonly:
        traits["readonly"] = True
    return FieldSpec(name=scope.prefix + name, **traits)
