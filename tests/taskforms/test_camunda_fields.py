"""Camunda ``camunda:formData`` fields (as plain dicts) → FormSpec, and validation through it."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from app.taskforms import FormInvalid
from app.taskforms import FormSpecError
from app.taskforms import spec_from_camunda_fields
from app.taskforms import validate_submission
from tests.helpers import CORPUS

CAMUNDA_MODELS = sorted((CORPUS / "spiff-example-cli/camunda").glob("*.bpmn"))
CAMUNDA = "{http://camunda.org/schema/1.0/bpmn}"


def field(field_id: str, field_type: str, **extra: Any) -> dict[str, Any]:
    return {"id": field_id, "label": extra.pop("label", field_id.title()), "type": field_type,
            "default_value": extra.pop("default_value", None), "validation": extra.pop("validation", []),
            "properties": extra.pop("properties", []), "options": extra.pop("options", []), **extra}


def from_xml(element: Any) -> dict[str, Any]:
    """A ``camunda:formField`` as the engine adapter hands it over (what SpiffWorkflow keeps)."""
    return {
        "id": element.get("id"), "label": element.get("label"), "type": element.get("type"),
        "default_value": element.get("defaultValue"),
        "validation": [(c.get("name"), c.get("config")) for c in element.iter(f"{CAMUNDA}constraint")],
        "properties": [(p.get("id"), p.get("value")) for p in element.iter(f"{CAMUNDA}property")],
        "options": [(v.get("id"), v.get("name")) for v in element.iter(f"{CAMUNDA}value")],
    }


def problems(fields: list[dict[str, Any]]) -> list[str]:
    with pytest.raises(FormSpecError) as caught:
        spec_from_camunda_fields(fields)
    return caught.value.messages


@pytest.mark.parametrize("path", CAMUNDA_MODELS, ids=lambda path: path.name)
def test_example_camunda_forms_load(path: Path) -> None:
    root = etree.parse(str(path)).getroot()
    for form_data in root.iter(f"{CAMUNDA}formData"):
        fields = [from_xml(element) for element in form_data.iter(f"{CAMUNDA}formField")]
        spec = spec_from_camunda_fields(fields)
        assert [spec_field.name for spec_field in spec.fields] == [f["id"] for f in fields]


def test_types_map_to_kinds_with_labels_and_options() -> None:
    spec = spec_from_camunda_fields([
        field("name", "string", label="Name"),
        field("qty", "long", label=""),
        field("gift", "boolean"),
        field("size", "enum", options=[("s", "Small"), ("l", None)]),
        field("due", "date"),
    ])
    assert [(f.name, f.kind, f.label) for f in spec.fields] == [
        ("name", "string", "Name"), ("qty", "integer", "Qty"), ("gift", "boolean", "Gift"),
        ("size", "enum", "Size"), ("due", "date", "Due")]
    assert spec.fields[3].choices == (("s", "Small"), ("l", "l"))
    assert spec.fields[3].widget == "select"


def test_constraints_and_properties() -> None:
    spec = spec_from_camunda_fields([
        field("name", "string", validation=[("required", None), ("minlength", "2"), ("maxlength", "5")],
              properties=[("help", "Your name"), ("placeholder", "Ann"), ("colour", "ignored")]),
        field("qty", "long", validation=[["min", "1"], ["max", "10"]]),
        field("ref", "string", validation=[("readonly", None)]),
    ])
    name, qty, ref = spec.fields
    assert (name.required, name.min_length, name.max_length, name.help, name.placeholder) == (
        True, 2, 5, "Your name", "Ann")
    assert (qty.minimum, qty.maximum) == (1, 10)
    assert ref.readonly


@pytest.mark.parametrize("field_type, raw, expected", [
    ("string", "'N'", "N"),
    ("string", '"quoted"', "quoted"),
    ("string", "plain", "plain"),
    ("string", "", None),
    ("long", "42", 42),
    ("boolean", "true", True),
    ("boolean", "False", False),
    ("enum", "b", "b"),
    ("date", "31/12/2024", "2024-12-31"),
    ("date", "2024-12-31", "2024-12-31"),
])
def test_defaults_are_literals_of_the_field_type(field_type: str, raw: str, expected: Any) -> None:
    options = [("a", "A"), ("b", "B")] if field_type == "enum" else []
    spec = spec_from_camunda_fields([field("x", field_type, default_value=raw, options=options)])
    assert spec.fields[0].default == expected


@pytest.mark.parametrize("fields, expected", [
    ([field("x", "color")], "form field 'x': type 'color' is not supported"),
    ([field("", "string")], "form field #1: needs an id"),
    ([field("x", "string", validation=[("validator", "custom")])], "form field 'x': constraint 'validator'"),
    ([field("x", "string", validation=[("minlength", "two")])], "form field 'x': constraint 'minlength' has config"),
    ([field("x", "long", validation=[("minlength", "2")])], "field 'x': length limits apply to text"),
    ([field("x", "date", validation=[("min", "1")])], "field 'x': minimum and maximum apply to integer"),
    ([field("x", "string", default_value="${customer.name}")], "form field 'x': expression default"),
    ([field("x", "long", default_value="many")], "form field 'x': default 'many': Not a valid whole number."),
    ([field("x", "boolean", default_value="yes")], "form field 'x': default 'yes': Expected true or false."),
    ([field("x", "enum", options=[("a", "A")], default_value="z")], "field 'x': default 'z' is invalid"),
    ([field("x", "enum")], "field 'x': a choice field needs at least one choice"),
    ([field("x", "date", default_value="31/02/2024")], "field 'x': default '2024-02-31' is invalid"),
    ([field("x", "long", default_value="0", validation=[("min", "1")])], "field 'x': default 0 is invalid"),
    ([field("x", "string"), field("x", "long")], "field 'x' is defined twice"),
])
def test_unsupported_fields_are_refused_with_the_field_named(fields: list[dict[str, Any]], expected: str) -> None:
    found = problems(fields)
    assert any(message.startswith(expected) for message in found), found


def test_every_bad_field_is_reported() -> None:
    assert len(problems([field("a", "color"), field("b", "string"), field("c", "file")])) == 2


def test_submissions_validate_against_camunda_constraints() -> None:
    spec = spec_from_camunda_fields([
        field("name", "string", validation=[("required", None), ("maxlength", "3")]),
        field("qty", "long", validation=[("min", "1"), ("max", "10")], default_value="1"),
        field("size", "enum", options=[("s", "S"), ("l", "L")]),
        field("agree", "boolean", validation=[("required", None)]),
        field("due", "date"),
    ])
    assert validate_submission(spec, {"name": "Ann", "qty": 2, "size": "l", "agree": True, "due": "2024-01-31"}) == {
        "name": "Ann", "qty": 2, "size": "l", "agree": True, "due": "2024-01-31"}
    with pytest.raises(FormInvalid) as caught:
        validate_submission(spec, {"name": "Anna", "qty": 11, "size": "m", "agree": False, "due": "31/01/2024"})
    assert caught.value.errors == [
        {"field": "name", "message": "Must be at most 3 characters long."},
        {"field": "qty", "message": "Must be at most 10."},
        {"field": "size", "message": "'m' is not one of the options."},
        {"field": "agree", "message": "Tick this box to continue."},
        {"field": "due", "message": "Not a valid date (YYYY-MM-DD)."},
    ]


def test_readonly_camunda_field_keeps_task_data() -> None:
    spec = spec_from_camunda_fields([field("ref", "string", validation=[("readonly", None)])])
    assert validate_submission(spec, {"ref": "forged"}, {"ref": "R-1"}) == {"ref": "R-1"}
