"""JSON Schema (+ UI schema) → FormSpec: what is understood, and what is refused precisely."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import Invalid
from app.taskforms import FieldSpec
from app.taskforms import FormSpec
from app.taskforms import FormSpecError
from app.taskforms import spec_from_json_schema
from app.taskforms import spec_to_json_schema
from app.taskforms import validate_json_schema
from tests.helpers import CORPUS

TUTORIAL_FORMS = sorted((CORPUS / "spiff-example-cli/tutorial/forms").glob("*.json"))


def schema(required: list[str] | None = None, **properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or []}


def only_field(properties: dict[str, Any], ui: dict[str, Any] | None = None, required: bool = False) -> FieldSpec:
    (name,) = properties
    spec = spec_from_json_schema(schema([name] if required else None, **properties), ui)
    return spec.fields[0]


def problems(schema_: Any, ui: Any = None) -> list[str]:
    with pytest.raises(FormSpecError) as caught:
        spec_from_json_schema(schema_, ui)
    return caught.value.messages


@pytest.mark.parametrize("path", TUTORIAL_FORMS, ids=lambda path: path.name)
def test_every_tutorial_form_loads(path: Path) -> None:
    loaded = json.loads(path.read_text())
    spec = spec_from_json_schema(loaded)
    assert spec.title == loaded["title"]
    assert [field.name for field in spec.fields] == list(loaded["properties"])
    assert validate_json_schema(loaded) == []


def test_tutorial_one_of_becomes_choices_with_titles() -> None:
    path = CORPUS / "spiff-example-cli/tutorial/forms/select_product_and_quantity.json"
    spec = spec_from_json_schema(json.loads(path.read_text()))
    product, quantity = spec.fields
    assert (product.kind, product.widget, product.required) == ("enum", "select", True)
    assert product.choices[:2] == (("product_a", "A"), ("product_b", "B"))
    assert (quantity.kind, quantity.label, quantity.required) == ("integer", "Quantity", True)


@pytest.mark.parametrize("prop, kind", [
    ({"type": "string"}, "string"),
    ({"type": "string", "format": "date"}, "date"),
    ({"type": "string", "format": "date-time"}, "datetime"),
    ({"type": "string", "format": "email"}, "email"),
    ({"type": "integer"}, "integer"),
    ({"type": "number"}, "number"),
    ({"type": "boolean"}, "boolean"),
    ({"type": "string", "enum": ["a", "b"]}, "enum"),
    ({"type": "integer", "enum": [1, 2]}, "enum"),
    ({"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "uniqueItems": True}, "multi_enum"),
])
def test_json_types_map_to_kinds(prop: dict[str, Any], kind: str) -> None:
    assert only_field({"x": prop}).kind == kind


@pytest.mark.parametrize("widget, prop, kind, choice_widget", [
    ("textarea", {"type": "string"}, "textarea", None),
    ("password", {"type": "string"}, "password", None),
    ("hidden", {"type": "string"}, "hidden", None),
    ("text", {"type": "integer"}, "integer", None),
    ("updown", {"type": "number"}, "number", None),
    ("radio", {"type": "string", "enum": ["a"]}, "enum", "radio"),
    ("select", {"type": "string", "enum": ["a"]}, "enum", "select"),
    ("checkboxes", {"type": "array", "items": {"type": "string", "enum": ["a"]}}, "multi_enum", "checkboxes"),
])
def test_ui_widgets(widget: str, prop: dict[str, Any], kind: str, choice_widget: str | None) -> None:
    field = only_field({"x": prop}, {"x": {"ui:widget": widget}})
    assert (field.kind, field.widget) == (kind, choice_widget)


def test_labels_help_defaults_and_readonly() -> None:
    field = only_field({"unit_count": {"type": "integer", "description": "How many", "default": 2, "readOnly": True}})
    assert (field.label, field.help, field.default, field.readonly) == ("Unit count", "How many", 2, True)
    titled = only_field({"x": {"type": "string", "title": "Name"}})
    assert titled.label == "Name"


def test_ui_schema_overrides_text_and_readonly() -> None:
    ui = {"x": {"ui:title": "T", "ui:help": "H", "ui:placeholder": "P", "ui:disabled": True, "ui:autofocus": True}}
    field = only_field({"x": {"type": "string", "title": "ignored", "description": "ignored"}}, ui)
    assert (field.label, field.help, field.placeholder, field.readonly) == ("T", "H", "P", True)


def test_root_ui_readonly_makes_every_field_readonly() -> None:
    spec = spec_from_json_schema(schema(a={"type": "string"}, b={"type": "integer"}), {"ui:readonly": True})
    assert all(field.readonly for field in spec.fields)


def test_one_of_and_any_of_choices() -> None:
    for keyword in ("oneOf", "anyOf"):
        field = only_field({"x": {"type": "string", keyword: [{"const": "a", "title": "A"}, {"enum": ["b"]}]}})
        assert field.choices == (("a", "A"), ("b", "b"))


def test_multi_select_from_items_one_of_with_counts() -> None:
    items = {"type": "integer", "oneOf": [{"const": 1, "title": "One"}, {"const": 2, "title": "Two"}]}
    field = only_field({"x": {"type": "array", "items": items, "minItems": 1, "maxItems": 2, "uniqueItems": True}})
    assert (field.kind, field.choices, field.min_length, field.max_length) == (
        "multi_enum", ((1, "One"), (2, "Two")), 1, 2)
    assert field.required  # minItems 1: an empty selection can never be valid


def test_text_constraints() -> None:
    field = only_field({"x": {"type": "string", "minLength": 2, "maxLength": 5, "pattern": "^[a-z]+$"}})
    assert (field.min_length, field.max_length, field.pattern) == (2, 5, "^[a-z]+$")


@pytest.mark.parametrize("bounds, expected", [
    ({"minimum": 1, "maximum": 9}, (1, False, 9, False)),
    ({"exclusiveMinimum": 0, "exclusiveMaximum": 10}, (0, True, 10, True)),
    ({"minimum": 5, "exclusiveMinimum": 3}, (5, False, None, False)),
    ({"minimum": 3, "exclusiveMinimum": 3, "maximum": 7, "exclusiveMaximum": 7}, (3, True, 7, True)),
    ({"maximum": 5, "exclusiveMaximum": 9}, (None, False, 5, False)),
])
def test_numeric_bounds_keep_the_tighter_one(bounds: dict[str, Any], expected: tuple[Any, ...]) -> None:
    field = only_field({"x": {"type": "number", **bounds}})
    assert (field.minimum, field.exclusive_minimum, field.maximum, field.exclusive_maximum) == expected


def test_required_list_nullable_type_and_boolean_const() -> None:
    spec = spec_from_json_schema(schema(
        ["a", "b", "c", "d"],
        a={"type": "string"}, b={"type": ["string", "null"]}, c={"type": "boolean"},
        d={"type": "boolean", "const": True},
    ))
    assert [field.required for field in spec.fields] == [True, False, False, True]


def test_nested_object_is_flattened_with_dotted_names_and_ui_order() -> None:
    address = {"type": "object", "required": ["street"],
               "properties": {"street": {"type": "string"}, "city": {"type": "string"}}}
    ui = {"ui:order": ["address", "*"], "address": {"ui:order": ["city", "street"], "city": {"ui:help": "Town"}}}
    spec = spec_from_json_schema(schema(name={"type": "string"}, address=address), ui)
    assert [(field.name, field.required) for field in spec.fields] == [
        ("address.city", False), ("address.street", True), ("name", False)]
    assert spec.fields[0].help == "Town"


def test_refs_to_definitions_and_defs_resolve_with_sibling_overrides() -> None:
    loaded = {
        "type": "object",
        "definitions": {"qty": {"type": "integer", "minimum": 1, "title": "Quantity"}},
        "$defs": {"addr": {"type": "object", "properties": {"zip": {"$ref": "#/$defs/zip"}}},
                  "zip": {"type": "string", "pattern": "^[0-9]{5}$"}},
        "properties": {"count": {"$ref": "#/definitions/qty", "title": "Count"},
                       "home": {"$ref": "#/$defs/addr"}},
    }
    count, home_zip = spec_from_json_schema(loaded).fields
    assert (count.label, count.minimum) == ("Count", 1)
    assert (home_zip.name, home_zip.pattern) == ("home.zip", "^[0-9]{5}$")


def test_spec_to_json_schema_round_trips() -> None:
    original = schema(
        ["name", "colours"],
        name={"type": "string", "title": "Name", "maxLength": 20},
        qty={"type": "integer", "title": "Qty", "exclusiveMinimum": 0, "default": 1},
        colours={"type": "array", "title": "Colours", "uniqueItems": True, "minItems": 1,
                 "items": {"type": "string", "oneOf": [{"const": "r", "title": "Red"}]}},
        agree={"type": "boolean", "title": "Agree", "const": True},
        when={"type": "string", "title": "When", "format": "date-time", "readOnly": True},
        home={"type": "object", "properties": {"zip": {"type": "string", "title": "Zip"}}},
    )
    spec = spec_from_json_schema(original)
    derived = spec_to_json_schema(spec)
    assert validate_json_schema(derived) == []
    assert spec_from_json_schema(derived) == spec


# --- refusals: each names where the problem is --------------------------------------------------

@pytest.mark.parametrize("properties, expected", [
    ({"x": {"type": "integer", "multipleOf": 5}}, "properties.x: unsupported keyword 'multipleOf'"),
    ({"x": {"type": "string", "format": "uri"}}, "properties.x.format: format 'uri' is not supported"),
    ({"x": {"type": "null"}}, "properties.x: type 'null' is not supported"),
    ({"x": {"type": ["string", "integer"]}}, "properties.x: type ['string', 'integer'] is not supported"),
    ({"x": {"title": "no type"}}, "properties.x: every property needs a \"type\""),
    ({"x": {"type": "boolean", "const": False}}, "properties.x.const: a boolean supports only"),
    ({"x": {"type": "array", "items": {"type": "string"}}}, "properties.x.items: a multi-select needs"),
    ({"x": {"type": "array"}}, "properties.x: an array is supported only as a multi-select"),
    ({"x": {"type": "string", "enum": ["a", 1]}}, "properties.x.enum: option 1 is not of type string"),
    ({"x": {"type": "string", "enum": ["a", "a"]}}, "properties.x.enum"),  # metaschema: uniqueItems
    ({"x": {"type": "string", "oneOf": [{"title": "A"}]}}, "properties.x.oneOf[0]: each option needs"),
    ({"x": {"type": "string", "enum": ["a"], "oneOf": [{"const": "a"}]}}, "properties.x: give the options once"),
    ({"x": {"type": "string", "enum": ["a"], "minLength": 1}}, "properties.x: unsupported keyword 'minLength'"),
    ({"x": {"type": "string", "pattern": "(unclosed"}}, "field 'x': pattern '(unclosed' is not a valid"),
    ({"a.b": {"type": "string"}}, "properties.a.b: property names cannot contain '.'"),
    ({"x": {"$ref": "other.json#/x"}}, "properties.x: $ref 'other.json#/x' is not supported"),
    ({"x": {"$ref": "#/definitions/missing"}}, "properties.x: $ref '#/definitions/missing' points to nothing"),
    ({"x": True}, "properties.x: boolean schemas"),
    ({"x": {"type": "integer", "default": "three"}}, "field 'x': default 'three' is invalid: Expected a number."),
    ({"x": {"type": "integer", "default": 0, "minimum": 1}}, "field 'x': default 0 is invalid: Must be at least 1."),
    ({"x": {"type": "string", "enum": ["a"], "default": "b"}}, "field 'x': default 'b' is invalid"),
    ({"x": {"type": "string", "format": "date", "default": "2024-02-30"}}, "field 'x': default '2024-02-30'"),
    ({"x": {"type": "string", "minLength": 5, "maxLength": 2}}, "field 'x': min length 5 is above max length 2"),
    ({"csrf_token": {"type": "string"}}, "field 'csrf_token': the name 'csrf_token' is reserved"),
])
def test_unsupported_schemas_are_refused_with_their_path(properties: dict[str, Any], expected: str) -> None:
    found = problems(schema(**properties))
    assert any(message.startswith(expected) for message in found), found


def test_objects_nested_twice_are_refused() -> None:
    inner = {"type": "object", "properties": {"deep": {"type": "object", "properties": {}}}}
    assert problems(schema(outer=inner)) == [
        "properties.outer.properties.deep: objects nested more than one level deep are not supported"]


def test_circular_refs_are_refused() -> None:
    loaded = schema(x={"$ref": "#/$defs/a"})
    loaded["$defs"] = {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}
    assert problems(loaded) == ["properties.x: $ref '#/$defs/a' is circular"]


@pytest.mark.parametrize("ui, expected", [
    ({"x": {"ui:widget": "range"}}, "uiSchema.x: ui:widget 'range' is not supported"),
    ({"x": {"ui:widget": "radio"}}, "uiSchema.x: ui:widget 'radio' does not fit string fields"),
    ({"x": {"ui:field": "custom"}}, "uiSchema.x: 'ui:field' is not supported on a field"),
    ({"y": {"ui:widget": "textarea"}}, "uiSchema: 'y' is not a property of the schema here"),
    ({"ui:order": ["y"]}, "uiSchema.ui:order: 'y' is not a property"),
    ({"ui:order": []}, "uiSchema.ui:order: does not place 'x'"),
    ({"ui:order": ["x", "x"]}, "uiSchema.ui:order: lists a name twice"),
    ({"x": {"ui:help": 5}}, "uiSchema.x: 'ui:help' must be a string"),
    ({"x": "textarea"}, "uiSchema.x: must be an object"),
])
def test_unsupported_ui_schemas_are_refused(ui: dict[str, Any], expected: str) -> None:
    found = problems(schema(x={"type": "string"}), ui)
    assert any(message.startswith(expected) for message in found), found


def test_every_problem_is_reported_at_once() -> None:
    found = problems(schema(a={"type": "integer", "multipleOf": 2}, b={"type": "string", "format": "uri"}))
    assert len(found) == 2
    with pytest.raises(FormSpecError) as caught:
        spec_from_json_schema(schema(a={"type": "integer", "multipleOf": 2}, b={"type": "null"}))
    assert "(and 1 more)" in str(caught.value)
    assert isinstance(caught.value, Invalid)


def test_metaschema_violations_name_the_location() -> None:
    assert problems(schema(x={"type": "string", "minLength": "5"})) == [
        "properties.x.minLength: '5' is not of type 'integer'"]


def test_draft_07_is_checked_under_its_own_metaschema() -> None:
    loaded = {**schema(x={"type": "number", "exclusiveMinimum": True}),
              "$schema": "http://json-schema.org/draft-07/schema#"}
    assert problems(loaded) == ["properties.x.exclusiveMinimum: True is not of type 'number'"]


def test_unknown_dollar_schema_and_non_object_roots() -> None:
    assert problems({**schema(), "$schema": "http://json-schema.org/draft-04/schema#"})[0].startswith("$schema:")
    assert problems({"type": "string"}) == ["(root): a form schema must have \"type\": \"object\""]
    assert problems(["not", "an", "object"]) == ["(root): a form schema must be a JSON object"]  # type: ignore[arg-type]
    assert problems(schema(), "ui") == ["uiSchema: must be a JSON object"]
    assert problems({**schema(), "required": ["ghost"]}) == ["required: 'ghost' is not in properties"]
    assert problems({**schema(), "anyOf": [{}]}) == ["(root): unsupported keyword 'anyOf'"]


def test_validate_json_schema_lists_problems_or_nothing() -> None:
    assert validate_json_schema(schema(x={"type": "string"})) == []
    assert validate_json_schema(schema(x={"type": "string", "format": "uri"})) == [
        "properties.x.format: format 'uri' is not supported (supported: date, date-time, email)"]


# --- the spec checks itself, whichever loader built it ------------------------------------------

@pytest.mark.parametrize("arguments, expected", [
    ({"kind": "slider"}, "unknown kind 'slider'"),
    ({"kind": "string", "minimum": 1}, "minimum and maximum apply to integer and number fields only"),
    ({"kind": "integer", "min_length": 1}, "length limits apply to text and multi_enum fields only"),
    ({"kind": "integer", "pattern": "x"}, "a pattern applies to text fields only"),
    ({"kind": "enum"}, "a choice field needs at least one choice"),
    ({"kind": "string", "choices": (("a", "A"),)}, "choices apply to enum and multi_enum fields only"),
    ({"kind": "enum", "choices": ((True, "yes"),), "widget": "select"}, "choice values must be strings or numbers"),
    ({"kind": "enum", "choices": (("a", "A"),), "widget": "checkboxes"}, "widget 'checkboxes' does not fit"),
    ({"kind": "integer", "minimum": 5, "maximum": 5, "exclusive_maximum": True}, "no value fits between"),
    ({"kind": "string", "min_length": -1}, "length limits cannot be negative"),
])
def test_field_spec_refuses_inconsistent_definitions(arguments: dict[str, Any], expected: str) -> None:
    with pytest.raises(FormSpecError, match=expected):
        FieldSpec(name="x", label="X", **arguments)


@pytest.mark.parametrize("name", ["", "a b", "a.b.c", ".a", "a."])
def test_field_names_are_one_or_two_parts(name: str) -> None:
    with pytest.raises(FormSpecError, match="one or two non-empty parts"):
        FieldSpec(name=name, label="X", kind="string")


def test_form_spec_refuses_duplicates_and_value_object_clashes() -> None:
    with pytest.raises(FormSpecError, match="'a' is defined twice"):
        FormSpec("", "", (FieldSpec("a", "A", "string"), FieldSpec("a", "A", "string")))
    with pytest.raises(FormSpecError, match="'a' is both a value and an object"):
        FormSpec("", "", (FieldSpec("a", "A", "string"), FieldSpec("a.b", "B", "string")))
