"""validate_submission: JSON in, clean task data out, judged exactly like a browser post."""
from __future__ import annotations

import json
from typing import Any

import pytest
from werkzeug.datastructures import MultiDict

from app.errors import Invalid
from app.errors import status_for
from app.taskforms import FieldSpec
from app.taskforms import FormInvalid
from app.taskforms import FormSpec
from app.taskforms import clean_form_data
from app.taskforms import form_for_task
from app.taskforms import spec_from_json_schema
from app.taskforms import validate_submission

COLOURS = (("r", "Red"), ("g", "Green"), ("b", "Blue"))


class Rejected(str):
    """Marks an expected error message in the parity table."""


def one(field: FieldSpec) -> FormSpec:
    return FormSpec("", "", (field,))


def error_of(spec: FormSpec, data: Any, task_data: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    with pytest.raises(FormInvalid) as caught:
        validate_submission(spec, data, task_data)
    return caught.value.errors


# field, JSON value, the same input as a browser posts it, expected clean value or error
PARITY: list[tuple[FieldSpec, Any, list[str], Any]] = [
    (FieldSpec("x", "X", "string", required=True), "hi", ["hi"], "hi"),
    (FieldSpec("x", "X", "string", required=True), "  ", ["  "], Rejected("This field is required.")),
    (FieldSpec("x", "X", "string", required=True), None, [""], Rejected("This field is required.")),
    (FieldSpec("x", "X", "string"), None, [""], None),
    (FieldSpec("x", "X", "string", min_length=3), "ab", ["ab"], Rejected("Must be at least 3 characters long.")),
    (FieldSpec("x", "X", "string", pattern="^A"), "Abc", ["Abc"], "Abc"),
    (FieldSpec("x", "X", "textarea", max_length=2), "abc", ["abc"], Rejected("Must be at most 2 characters long.")),
    (FieldSpec("x", "X", "password", required=True), "pw", ["pw"], "pw"),
    (FieldSpec("x", "X", "hidden"), "h", ["h"], "h"),
    (FieldSpec("x", "X", "email", required=True), "a@b.co", ["a@b.co"], "a@b.co"),
    (FieldSpec("x", "X", "email"), "a b@c.d", ["a b@c.d"], Rejected("Not a valid e-mail address.")),
    (FieldSpec("x", "X", "integer", required=True), 42, ["42"], 42),
    (FieldSpec("x", "X", "integer"), 42.0, ["42"], 42),
    (FieldSpec("x", "X", "integer"), 4.5, ["4.5"], Rejected("Not a valid whole number.")),
    (FieldSpec("x", "X", "integer", minimum=1, maximum=3), 4, ["4"], Rejected("Must be at most 3.")),
    (FieldSpec("x", "X", "integer", required=True, minimum=10), None, [""], Rejected("This field is required.")),
    (FieldSpec("x", "X", "number"), 0.1, ["0.1"], 0.1),
    (FieldSpec("x", "X", "number"), 3, ["3"], 3),
    (FieldSpec("x", "X", "number", maximum=1, exclusive_maximum=True), 1.0, ["1"], Rejected("Must be less than 1.")),
    (FieldSpec("x", "X", "number"), float("nan"), ["nan"], Rejected("Not a valid number.")),
    (FieldSpec("x", "X", "boolean"), True, ["y"], True),
    (FieldSpec("x", "X", "boolean"), False, [], False),
    (FieldSpec("x", "X", "boolean"), None, [], False),
    (FieldSpec("x", "X", "boolean", required=True), False, [], Rejected("Tick this box to continue.")),
    (FieldSpec("x", "X", "date"), "2024-12-31", ["2024-12-31"], "2024-12-31"),
    (FieldSpec("x", "X", "date"), "2024-13-01", ["2024-13-01"], Rejected("Not a valid date (YYYY-MM-DD).")),
    (FieldSpec("x", "X", "datetime"), "2024-05-01T10:30:00Z", ["2024-05-01T10:30:00Z"], "2024-05-01T10:30:00+00:00"),
    (FieldSpec("x", "X", "datetime"), "yesterday", ["yesterday"],
     Rejected("Not a valid date and time (YYYY-MM-DDTHH:MM).")),
    (FieldSpec("x", "X", "enum", choices=COLOURS, widget="select"), "g", ["g"], "g"),
    (FieldSpec("x", "X", "enum", choices=COLOURS, widget="radio"), "pink", ["pink"],
     Rejected("'pink' is not one of the options.")),
    (FieldSpec("x", "X", "enum", choices=((1, "One"), (2.5, "Two and a half")), widget="select"), 2.5, ["2.5"], 2.5),
    (FieldSpec("x", "X", "multi_enum", choices=COLOURS, widget="checkboxes"), ["b", "r"], ["b", "r"], ["r", "b"]),
    (FieldSpec("x", "X", "multi_enum", choices=COLOURS, widget="select"), [], [], []),
    (FieldSpec("x", "X", "multi_enum", choices=COLOURS, widget="select", min_length=2, required=True), ["r"], ["r"],
     Rejected("Choose at least 2 options.")),
    (FieldSpec("x", "X", "multi_enum", choices=COLOURS, widget="select", required=True), None, [],
     Rejected("Choose at least one option.")),
]


@pytest.mark.parametrize("field, value, posted, expected", PARITY)
def test_json_and_browser_agree(field: FieldSpec, value: Any, posted: list[str], expected: Any) -> None:
    spec = one(field)
    form = form_for_task(spec, {}, formdata=MultiDict([("x", text) for text in posted]), csrf=False)
    if isinstance(expected, Rejected):
        assert error_of(spec, {"x": value}) == [{"field": "x", "message": str(expected)}]
        assert not form.validate()
        assert form.field_named("x").errors == [str(expected)]
    else:
        assert validate_submission(spec, {"x": value}) == {"x": expected}
        assert form.validate()
        assert clean_form_data(form, spec) == {"x": expected}


def test_a_missing_key_is_an_empty_field() -> None:
    spec = FormSpec("", "", (FieldSpec("a", "A", "string", required=True), FieldSpec("b", "B", "integer"),
                             FieldSpec("c", "C", "boolean"), FieldSpec("d", "D", "multi_enum", choices=COLOURS,
                                                                       widget="select")))
    assert error_of(spec, {}) == [{"field": "a", "message": "This field is required."}]
    assert validate_submission(spec, {"a": "x"}, {"b": 5, "c": True, "d": ["r"]}) == {
        "a": "x", "b": None, "c": False, "d": []}


@pytest.mark.parametrize("field, value, message", [
    (FieldSpec("x", "X", "string"), 5, "Expected a string."),
    (FieldSpec("x", "X", "date"), ["2024-01-01"], "Expected a string."),
    (FieldSpec("x", "X", "integer"), "42", "Expected a number."),
    (FieldSpec("x", "X", "number"), True, "Expected a number."),
    (FieldSpec("x", "X", "boolean"), "yes", "Expected true or false."),
    (FieldSpec("x", "X", "boolean"), 1, "Expected true or false."),
    (FieldSpec("x", "X", "enum", choices=COLOURS, widget="select"), ["r"], "Expected one option value."),
    (FieldSpec("x", "X", "enum", choices=COLOURS, widget="select"), True, "Expected one option value."),
    (FieldSpec("x", "X", "multi_enum", choices=COLOURS, widget="select"), "r", "Expected a list of option values."),
    (FieldSpec("x", "X", "multi_enum", choices=COLOURS, widget="select"), [{"r": 1}],
     "Expected a list of option values."),
])
def test_wrong_json_types_get_one_message(field: FieldSpec, value: Any, message: str) -> None:
    assert error_of(one(field), {"x": value}) == [{"field": "x", "message": message}]


def test_one_message_per_field_in_form_order_then_unknown_keys() -> None:
    spec = spec_from_json_schema({
        "type": "object", "required": ["qty", "colour"],
        "properties": {
            "qty": {"type": "integer", "minimum": 1, "maximum": 9},
            "colour": {"type": "string", "enum": ["r", "g"]},
            "address": {"type": "object", "properties": {"zip": {"type": "string", "pattern": "^[0-9]{5}$"}}},
        },
    })
    payload = {"colour": "", "qty": "abc", "address": {"zip": "1", "planet": "Mars"}, "extra": 1}
    assert error_of(spec, payload) == [
        {"field": "qty", "message": "Expected a number."},
        {"field": "colour", "message": "This field is required."},
        {"field": "address.zip", "message": "Does not match the expected format (pattern ^[0-9]{5}$)."},
        {"field": "address.planet", "message": "unknown field"},
        {"field": "extra", "message": "unknown field"},
    ]


def test_nested_payloads_must_be_objects() -> None:
    spec = FormSpec("", "", (FieldSpec("address.zip", "Zip", "string"),))
    assert error_of(spec, {"address": "12345"}) == [{"field": "address", "message": "Expected an object."}]
    assert error_of(spec, {"address.zip": "12345"}) == [{"field": "address.zip", "message": "unknown field"}]
    assert validate_submission(spec, {"address": None}) == {"address": {"zip": None}}


def test_clean_data_is_typed_json_ready_and_nested() -> None:
    spec = spec_from_json_schema({"type": "object", "properties": {
        "n": {"type": "integer"}, "price": {"type": "number"}, "ok": {"type": "boolean"},
        "on": {"type": "string", "format": "date"},
        "tags": {"type": "array", "uniqueItems": True, "items": {"type": "integer", "enum": [3, 1, 2]}},
        "address": {"type": "object", "properties": {"street": {"type": "string"}}},
    }})
    clean = validate_submission(spec, {"n": 1, "price": 9.99, "ok": True, "on": "2024-01-02", "tags": [2, 3],
                                       "address": {"street": "Main"}})
    assert clean == {"n": 1, "price": 9.99, "ok": True, "on": "2024-01-02", "tags": [3, 2],
                     "address": {"street": "Main"}}
    assert type(clean["n"]) is int and type(clean["price"]) is float
    assert json.loads(json.dumps(clean)) == clean


def test_readonly_values_are_ignored_and_kept_from_task_data() -> None:
    spec = spec_from_json_schema(
        {"type": "object", "required": ["order_id"], "properties": {
            "order_id": {"type": "integer", "readOnly": True},
            "status": {"type": "string", "default": "new"},
            "note": {"type": "string"},
        }},
        {"status": {"ui:readonly": True}, "note": {"ui:disabled": True}},
    )
    assert validate_submission(spec, {"order_id": "forged", "status": "done"}, {"order_id": 7}) == {
        "order_id": 7, "status": "new"}
    assert validate_submission(spec, {}, {"order_id": 7, "status": "open", "note": "kept"}) == {
        "order_id": 7, "status": "open", "note": "kept"}


def test_payload_must_be_an_object() -> None:
    assert error_of(one(FieldSpec("x", "X", "string")), ["x"]) == [
        {"field": "", "message": "Expected a JSON object of field values."}]


def test_form_invalid_is_a_422_domain_error() -> None:
    with pytest.raises(FormInvalid) as caught:
        validate_submission(one(FieldSpec("x", "X", "string", required=True)), {})
    assert isinstance(caught.value, Invalid)
    assert status_for(caught.value) == 422


def test_readonly_multi_select_default_comes_back_as_a_list() -> None:
    spec = FormSpec("", "", (FieldSpec("x", "X", "multi_enum", choices=COLOURS, widget="checkboxes",
                                       readonly=True, default=("g",)),))
    assert validate_submission(spec, {}) == {"x": ["g"]}
