"""FormSpec → WTForms class, and the browser path: MultiDict form data, validate, clean."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms import Form

from app.taskforms import KINDS
from app.taskforms import FieldSpec
from app.taskforms import FormSpec
from app.taskforms import TaskForm
from app.taskforms import build_form_class
from app.taskforms import clean_form_data
from app.taskforms import form_for_task
from app.taskforms import spec_from_json_schema
from app.taskforms.fields import FIELD_BUILDERS
from app.taskforms.fields import html_attrs


def one(field: FieldSpec) -> FormSpec:
    return FormSpec("", "", (field,))


def post(spec: FormSpec, pairs: list[tuple[str, str]], task_data: dict[str, Any] | None = None) -> TaskForm:
    return form_for_task(spec, task_data or {}, formdata=MultiDict(pairs), csrf=False)


@pytest.fixture()
def request_context() -> Iterator[Flask]:
    app = Flask(__name__)
    app.config.update(SECRET_KEY="test", WTF_CSRF_ENABLED=True)
    with app.test_request_context("/", method="POST"):
        yield app


def test_every_kind_has_a_builder() -> None:
    assert set(FIELD_BUILDERS) == set(KINDS)


def test_each_call_builds_a_new_class_and_leaves_others_alone() -> None:
    first = build_form_class(one(FieldSpec("a", "A", "string")), csrf=False)
    second = build_form_class(one(FieldSpec("b", "B", "integer")), csrf=False)
    again = build_form_class(one(FieldSpec("a", "A", "string")), csrf=False)
    assert first is not again and first is not second
    assert [field.name for field in first()] == ["a"]
    assert [field.name for field in second()] == ["b"]
    assert not hasattr(TaskForm, "field_0")


def test_csrf_chooses_the_base_class(request_context: Flask) -> None:
    spec = one(FieldSpec("a", "A", "string"))
    assert issubclass(build_form_class(spec, csrf=True), FlaskForm)
    plain = build_form_class(spec, csrf=False)
    assert issubclass(plain, Form) and not issubclass(plain, FlaskForm)


def test_csrf_form_rejects_a_post_without_token(request_context: Flask) -> None:
    spec = one(FieldSpec("a", "A", "string"))
    form = form_for_task(spec, {}, formdata=MultiDict([("a", "x")]), csrf=True)
    assert not form.validate()
    assert form.errors == {"csrf_token": ["The CSRF token is missing."]}


def test_property_names_that_shadow_form_attributes_still_work() -> None:
    spec = FormSpec("", "", tuple(FieldSpec(name, name, "string") for name in ("data", "errors", "validate", "meta")))
    form = post(spec, [("data", "1"), ("errors", "2"), ("validate", "3"), ("meta", "4")])
    assert form.validate()
    assert clean_form_data(form, spec) == {"data": "1", "errors": "2", "validate": "3", "meta": "4"}


@pytest.mark.parametrize("field, expected", [
    (FieldSpec("x", "X", "integer", minimum=0, exclusive_minimum=True, maximum=10.5), {"min": 1, "max": 10}),
    (FieldSpec("x", "X", "integer", minimum=1.5, maximum=10, exclusive_maximum=True), {"min": 2, "max": 9}),
    (FieldSpec("x", "X", "number", minimum=0, maximum=1, exclusive_maximum=True), {"step": "any", "min": 0}),
    (FieldSpec("x", "X", "string", min_length=2, max_length=4, pattern="^a"),
     {"minlength": 2, "maxlength": 4, "pattern": ".*(?:^a).*"}),
    (FieldSpec("x", "X", "textarea", max_length=4, pattern="a"), {"maxlength": 4}),
    (FieldSpec("x", "X", "datetime"), {"step": "1"}),
    (FieldSpec("x", "X", "string", placeholder="e.g. 42", readonly=True), {"placeholder": "e.g. 42", "disabled": True}),
])
def test_html_attributes_mirror_constraints(field: FieldSpec, expected: dict[str, Any]) -> None:
    attrs = html_attrs(field)
    assert {key: attrs[key] for key in expected} == expected


def test_exclusive_decimal_bounds_are_left_to_the_server() -> None:
    attrs = html_attrs(FieldSpec("x", "X", "number", minimum=0, exclusive_minimum=True, maximum=1))
    assert "min" not in attrs and attrs["max"] == 1


# kind/constraints, posted values, expected clean value (or None when invalid), expected error
BROWSER_CASES: list[tuple[FieldSpec, list[str], Any, str | None]] = [
    (FieldSpec("x", "X", "string", required=True), ["hi"], "hi", None),
    (FieldSpec("x", "X", "string", required=True), ["   "], None, "This field is required."),
    (FieldSpec("x", "X", "string"), [""], None, None),
    (FieldSpec("x", "X", "string", min_length=2, max_length=3), ["a"], None, "Must be at least 2 characters long."),
    (FieldSpec("x", "X", "string", max_length=3), ["abcd"], None, "Must be at most 3 characters long."),
    (FieldSpec("x", "X", "string", pattern="[0-9]{3}"), ["ab123"], "ab123", None),
    (FieldSpec("x", "X", "string", pattern="^[0-9]{3}$"), ["ab123"], None,
     "Does not match the expected format (pattern ^[0-9]{3}$)."),
    (FieldSpec("x", "X", "string", pattern="^[0-9]{3}$", pattern_hint="Three digits, e.g. 042."), ["ab123"], None,
     "Three digits, e.g. 042."),
    (FieldSpec("x", "X", "textarea", max_length=20), ["two\nlines"], "two\nlines", None),
    (FieldSpec("x", "X", "password", required=True), ["s3cret"], "s3cret", None),
    (FieldSpec("x", "X", "hidden"), ["token"], "token", None),
    (FieldSpec("x", "X", "email"), ["ann@example.org"], "ann@example.org", None),
    (FieldSpec("x", "X", "email"), ["ann@example"], None, "Not a valid e-mail address."),
    (FieldSpec("x", "X", "integer", minimum=1, maximum=5), ["5"], 5, None),
    (FieldSpec("x", "X", "integer", minimum=1), ["0"], None, "Must be at least 1."),
    (FieldSpec("x", "X", "integer", maximum=5), ["6"], None, "Must be at most 5."),
    (FieldSpec("x", "X", "integer", minimum=1, exclusive_minimum=True), ["1"], None, "Must be greater than 1."),
    (FieldSpec("x", "X", "integer", maximum=5, exclusive_maximum=True), ["5"], None, "Must be less than 5."),
    (FieldSpec("x", "X", "integer", minimum=1), ["2.5"], None, "Not a valid whole number."),
    (FieldSpec("x", "X", "integer"), ["4_2"], None, "Not a valid whole number."),
    (FieldSpec("x", "X", "integer"), [""], None, None),
    (FieldSpec("x", "X", "number"), ["2"], 2, None),
    (FieldSpec("x", "X", "number", minimum=0, exclusive_minimum=True), ["0.25"], 0.25, None),
    (FieldSpec("x", "X", "number", minimum=0, exclusive_minimum=True), ["0"], None, "Must be greater than 0."),
    (FieldSpec("x", "X", "number"), ["nan"], None, "Not a valid number."),
    (FieldSpec("x", "X", "number"), ["1e999"], None, "Not a valid number."),
    (FieldSpec("x", "X", "boolean"), ["y"], True, None),
    (FieldSpec("x", "X", "boolean"), [], False, None),
    (FieldSpec("x", "X", "boolean", required=True), [], None, "Tick this box to continue."),
    (FieldSpec("x", "X", "date", required=True), ["2024-02-29"], "2024-02-29", None),
    (FieldSpec("x", "X", "date"), ["2023-02-29"], None, "Not a valid date (YYYY-MM-DD)."),
    (FieldSpec("x", "X", "date"), ["01/02/2024"], None, "Not a valid date (YYYY-MM-DD)."),
    (FieldSpec("x", "X", "datetime"), ["2024-05-01T10:30"], "2024-05-01T10:30:00", None),
    (FieldSpec("x", "X", "datetime"), ["2024-05-01 10:30"], None, "Not a valid date and time (YYYY-MM-DDTHH:MM)."),
    (FieldSpec("x", "X", "enum", choices=(("a", "A"), ("b", "B")), widget="select"), ["b"], "b", None),
    (FieldSpec("x", "X", "enum", choices=(("a", "A"),), widget="radio"), ["z"], None, "'z' is not one of the options."),
    (FieldSpec("x", "X", "enum", choices=(("a", "A"),), widget="select", required=True), [""], None,
     "This field is required."),
    (FieldSpec("x", "X", "enum", choices=((1, "One"), (2, "Two")), widget="select"), ["2"], 2, None),
    (FieldSpec("x", "X", "multi_enum", choices=(("a", "A"), ("b", "B")), widget="checkboxes"), ["b", "a"],
     ["a", "b"], None),
    (FieldSpec("x", "X", "multi_enum", choices=(("a", "A"),), widget="select"), [], [], None),
    (FieldSpec("x", "X", "multi_enum", choices=(("a", "A"),), widget="select", required=True), [], None,
     "Choose at least one option."),
    (FieldSpec("x", "X", "multi_enum", choices=(("a", "A"), ("b", "B")), widget="select", max_length=1),
     ["a", "b"], None, "Choose at most 1 option."),
    (FieldSpec("x", "X", "multi_enum", choices=(("a", "A"),), widget="select"), ["a", "q"], None,
     "'q' is not one of the options."),
]


@pytest.mark.parametrize("field, posted, clean, error", BROWSER_CASES)
def test_browser_post(field: FieldSpec, posted: list[str], clean: Any, error: str | None) -> None:
    spec = one(field)
    form = post(spec, [("x", value) for value in posted])
    assert form.validate() is (error is None)
    if error is None:
        assert clean_form_data(form, spec) == {"x": clean}
    else:
        assert form.field_named("x").errors == [error]


def test_display_values_come_from_task_data_over_defaults() -> None:
    spec = spec_from_json_schema({"type": "object", "properties": {
        "a": {"type": "string", "default": "from schema"},
        "b": {"type": "integer", "default": 1},
        "c": {"type": "boolean", "default": True},
        "address": {"type": "object", "properties": {"zip": {"type": "string", "default": "00000"}}},
        "tags": {"type": "array", "items": {"type": "integer", "enum": [1, 2, 3]}, "default": [1]},
    }})
    form = form_for_task(spec, {"b": 7, "c": None, "address": {"zip": "12345"}, "tags": [3, 2]}, csrf=False)
    assert form.field_named("a")._value() == "from schema"
    assert form.field_named("b")._value() == "7"
    assert form.field_named("c").data is False  # present in task data (even None) wins
    assert form.field_named("address.zip")._value() == "12345"
    assert form.field_named("tags").data == ["3", "2"]


def test_datetime_inputs_show_local_time_without_offset() -> None:
    spec = one(FieldSpec("x", "X", "datetime"))
    form = form_for_task(spec, {"x": "2024-05-01T10:30:00+02:00"}, csrf=False)
    assert 'value="2024-05-01T10:30:00"' in form.field_named("x")()


def test_readonly_fields_ignore_posted_values_and_keep_task_data() -> None:
    spec = FormSpec("", "", (
        FieldSpec("n", "N", "integer", readonly=True, required=True, maximum=5),
        FieldSpec("ok", "OK", "boolean", readonly=True),
        FieldSpec("tags", "Tags", "multi_enum", choices=(("a", "A"), ("b", "B")), widget="checkboxes", readonly=True),
        FieldSpec("note", "Note", "string", readonly=True, default="shown"),
        FieldSpec("unset", "Unset", "string", readonly=True),
        FieldSpec("free", "Free", "string"),
    ))
    task = {"n": 9, "ok": True, "tags": ["b"]}
    form = post(spec, [("n", "junk"), ("tags", "a"), ("note", "changed"), ("free", "x")], task)
    assert form.validate(), form.errors
    assert clean_form_data(form, spec) == {"n": 9, "ok": True, "tags": ["b"], "note": "shown", "free": "x"}
    assert "disabled" in form.field_named("n")()


def test_clean_form_data_takes_readonly_values_from_given_task_data() -> None:
    spec = FormSpec("", "", (FieldSpec("n", "N", "integer", readonly=True),))
    form = post(spec, [], {"n": 1})
    assert form.validate()
    assert clean_form_data(form, spec, {"n": 2}) == {"n": 2}


def test_an_initial_value_does_not_pass_for_input() -> None:
    spec = one(FieldSpec("x", "X", "enum", choices=(("a", "A"),), widget="radio", required=True))
    form = post(spec, [], {"x": "a"})  # no radio ticked in the post
    assert not form.validate()
    assert form.field_named("x").errors == ["This field is required."]


def test_nested_fields_post_with_dotted_names_and_come_back_nested() -> None:
    spec = FormSpec("", "", (FieldSpec("address.street", "Street", "string", required=True),
                             FieldSpec("address.no", "No", "integer")))
    form = post(spec, [("address.street", "Main"), ("address.no", "3")])
    assert form.validate()
    assert clean_form_data(form, spec) == {"address": {"street": "Main", "no": 3}}


def test_fields_keep_the_files_order_with_read_only_context_first_and_pattern_hints() -> None:
    spec = spec_from_json_schema({"type": "object", "properties": {
        "zeta": {"type": "string", "title": "Postcode", "pattern": "^[A-Z]{2}[0-9]$", "examples": ["AB1"]},
        "alpha": {"type": "string", "title": "Customer", "readOnly": True},
        "mid": {"type": "string", "pattern": "^x", "errorMessage": "Starts with an x."},
        "beta": {"type": "integer"}}})
    assert [f.name for f in spec.fields] == ["alpha", "zeta", "mid", "beta"]
    assert spec.fields[1].pattern_hint == "Does not match the expected format, e.g. “AB1”."
    assert spec.fields[2].pattern_hint == "Starts with an x."
    # said before a value is refused (the browser's own refusal said only "match the requested format"): the example
    # as help, unless the field has a description, and the hint where the browser shows it
    assert (spec.fields[1].help, spec.fields[2].help) == ("For example: AB1", "")
    assert html_attrs(spec.fields[1])["title"] == "Does not match the expected format, e.g. “AB1”."
    assert "title" not in html_attrs(spec.fields[3])
