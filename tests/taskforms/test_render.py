"""The ``render_task_form`` macro, rendered in a tiny Flask app."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask import render_template_string
from werkzeug.datastructures import MultiDict

from app.taskforms import FormSpec
from app.taskforms import form_for_task
from app.taskforms import spec_from_json_schema

TEMPLATES = Path(__file__).resolve().parents[2] / "app" / "templates"
PAGE = '{% from "taskforms/_form.html" import render_task_form %}{{ render_task_form(form, spec, "/done", **extra) }}'

SCHEMA = {
    "type": "object",
    "title": "Capture order",
    "description": "Check the <b>order</b> details.",
    "required": ["name", "qty", "size", "extras", "agree"],
    "properties": {
        "name": {"type": "string", "title": "Name <i>", "description": "As on the contract", "maxLength": 40,
                 "pattern": "^[A-Z]"},
        "qty": {"type": "integer", "title": "Quantity", "minimum": 1, "maximum": 9},
        "price": {"type": "number", "title": "Price"},
        "size": {"type": "string", "title": "Size", "oneOf": [{"const": "s", "title": "Small"},
                                                             {"const": "l", "title": "Large"}]},
        "colour": {"type": "string", "title": "Colour", "enum": ["red", "blue"]},
        "extras": {"type": "array", "title": "Extras", "uniqueItems": True,
                   "items": {"type": "string", "enum": ["wifi", "tv"]}},
        "agree": {"type": "boolean", "title": "I agree", "const": True},
        "due": {"type": "string", "title": "Due", "format": "date"},
        "at": {"type": "string", "title": "At", "format": "date-time"},
        "notes": {"type": "string", "title": "Notes"},
        "pin": {"type": "string", "title": "PIN"},
        "ref": {"type": "string", "title": "Ref"},
        "order_id": {"type": "integer", "title": "Order", "readOnly": True},
    },
}
UI = {
    "size": {"ui:widget": "radio"},
    "extras": {"ui:widget": "checkboxes"},
    "notes": {"ui:widget": "textarea", "ui:placeholder": "Anything else?"},
    "pin": {"ui:widget": "password"},
    "ref": {"ui:widget": "hidden"},
}


@pytest.fixture()
def app() -> Iterator[Flask]:
    app = Flask(__name__, template_folder=str(TEMPLATES))
    app.config.update(WTF_CSRF_ENABLED=False, SECRET_KEY="test")
    with app.test_request_context("/"):
        yield app


@pytest.fixture()
def spec() -> FormSpec:
    return spec_from_json_schema(SCHEMA, UI)


def render(spec: FormSpec, formdata: list[tuple[str, str]] | None = None, csrf: bool = True, **extra: Any) -> str:
    form = form_for_task(spec, {"order_id": 17, "pin": "hunter2"},
                         formdata=MultiDict(formdata) if formdata is not None else None, csrf=csrf)
    if formdata is not None:
        form.validate()
    return render_template_string(PAGE, form=form, spec=spec, extra=extra)


def tag(html: str, element_id: str) -> str:
    found = re.search(rf'<(?:input|select|textarea|fieldset)\b[^>]*\bid="{re.escape(element_id)}"[^>]*>', html)
    assert found, f"no element with id {element_id}"
    return found.group(0)


def test_form_shell(app: Flask, spec: FormSpec) -> None:
    html = render(spec, submit_label="Save")
    assert html.startswith('<form class="task-form" method="post" action="/done">')
    assert '<p class="form-description">Check the &lt;b&gt;order&lt;/b&gt; details.</p>' in html
    assert '<button type="submit">Save</button>' in html
    assert "csrf_token" not in html  # WTF_CSRF_ENABLED is off


def test_csrf_token_is_rendered_when_enabled(app: Flask, spec: FormSpec) -> None:
    app.config["WTF_CSRF_ENABLED"] = True
    assert re.search(r'<input id="csrf_token" name="csrf_token" type="hidden" value="[^"]+">', render(spec))


def test_text_input_with_label_help_required_marker_and_constraints(app: Flask, spec: FormSpec) -> None:
    html = render(spec)
    assert '<label for="name">Name &lt;i&gt; <span class="required-marker" aria-hidden="true">*</span></label>' in html
    name = tag(html, "name")
    for attribute in ('type="text"', 'maxlength="40"', 'pattern=".*(?:^[A-Z]).*"', "required",
                      'aria-describedby="name-help"'):
        assert attribute in name
    assert '<p class="field-help" id="name-help">As on the contract</p>' in html


def test_numbers_dates_and_textarea(app: Flask, spec: FormSpec) -> None:
    html = render(spec)
    qty = tag(html, "qty")
    assert all(part in qty for part in ('type="number"', 'min="1"', 'max="9"', 'step="1"'))
    assert 'step="any"' in tag(html, "price")
    assert 'type="date"' in tag(html, "due")
    assert 'type="datetime-local"' in tag(html, "at")
    assert 'placeholder="Anything else?"' in tag(html, "notes")
    assert "required" not in tag(html, "price")


def test_radio_and_checkbox_groups_are_fieldsets(app: Flask, spec: FormSpec) -> None:
    html = render(spec)
    assert re.search(r'<fieldset class="form-field form-field-group" id="size">\s*<legend>Size <span', html)
    assert '<input id="size-0" name="size" required type="radio" value="s"> <label for="size-0">Small</label>' in html
    extras = re.search(r'<fieldset[^>]*id="extras".*?</fieldset>', html, re.S)
    assert extras
    assert '<input id="extras-0" name="extras" type="checkbox" value="wifi">' in extras.group(0)
    assert "required " not in extras.group(0).replace("(required)", "")  # at least one, not each
    assert '<span class="visually-hidden"> (required)</span>' in extras.group(0)


def test_select_starts_blank(app: Flask, spec: FormSpec) -> None:
    html = render(spec)
    assert re.search(r'<select id="colour" name="colour"><option value="">— Select —</option>'
                     r'<option value="red">red</option>', html)


def test_boolean_hidden_password_and_readonly(app: Flask, spec: FormSpec) -> None:
    html = render(spec)
    assert re.search(r'<input id="agree" name="agree" required type="checkbox" value="y">\s*'
                     r'<label for="agree">I agree <span class="required-marker"', html)
    assert '<input id="ref" name="ref" type="hidden" value="">' in html
    assert 'value="hunter2"' not in html  # passwords are never echoed
    assert tag(html, "order_id") == '<input disabled id="order_id" name="order_id" step="1" type="number" value="17">'


def test_errors_sit_next_to_their_fields(app: Flask, spec: FormSpec) -> None:
    html = render(spec, [("name", "lower"), ("qty", "12"), ("size", "s"), ("extras", "tv"), ("agree", "y")])
    name = tag(html, "name")
    assert 'aria-describedby="name-help name-error"' in name and 'aria-invalid="true"' in name
    assert 'value="lower"' in name  # what the user typed comes back
    assert re.search(r'<p class="field-help" id="name-help">As on the contract</p>\s*'
                     r'<p class="field-error" id="name-error">'
                     r'Does not match the expected format \(pattern \^\[A-Z\]\)\.</p>\s*</div>', html)
    assert re.search(r'id="qty"[^>]*>\s*<p class="field-error" id="qty-error">Must be at most 9.</p>', html)
    assert '<div class="form-field has-error">' in html
    assert html.count('class="field-error"') == 2


def test_group_errors_are_described_on_the_fieldset(app: Flask, spec: FormSpec) -> None:
    html = render(spec, [("name", "Ann"), ("qty", "2"), ("size", "s")])
    assert 'aria-describedby="extras-error"' in tag(html, "extras")
    assert '<p class="field-error" id="extras-error">Choose at least one option.</p>' in html
    assert '<p class="field-error" id="agree-error">Tick this box to continue.</p>' in html


def test_hidden_field_errors_are_still_shown(app: Flask) -> None:
    spec = spec_from_json_schema({"type": "object", "required": ["ref"], "properties": {
        "ref": {"type": "string", "title": "Reference"}}}, {"ref": {"ui:widget": "hidden"}})
    html = render(spec, [])
    assert '<p class="field-error" id="ref-error">Reference: This field is required.</p>' in html
