"""Fields a form requires only when a choice is made (JSON Schema ``if``/``then``): read, checked, enforced the
same for a browser post and a JSON submission, shown beside the field, and given back to API clients."""
from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask import render_template_string
from jsonschema import Draft202012Validator
from werkzeug.datastructures import MultiDict

from app.taskforms import FormInvalid
from app.taskforms import FormSpec
from app.taskforms import FormSpecError
from app.taskforms import form_for_task
from app.taskforms import spec_from_json_schema
from app.taskforms import spec_to_json_schema
from app.taskforms import validate_submission
from app.taskforms.spec import FieldSpec
from app.taskforms.spec import RequiredWhen

FORMS = Path(__file__).resolve().parents[2] / "forms"
REJECT_NEEDS_REASON = {"if": {"properties": {"decision": {"const": "reject"}}, "required": ["decision"]},
                       "then": {"required": ["reason"]}}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["decision"],
    "properties": {
        "decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve"},
                                                                     {"const": "reject", "title": "Reject it"}]},
        "reason": {"type": "string", "title": "Reason"},
        "urgent": {"type": "boolean", "title": "Urgent"},
        "contact": {"type": "string", "title": "Contact"},
    },
    "allOf": [REJECT_NEEDS_REASON,
              {"if": {"properties": {"urgent": {"const": True}}, "required": ["urgent"]},
               "then": {"required": ["contact", "reason"]}}],
}
REQUIRED_NOW = "Required when Decision is “Reject it”."


def schema_with(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(SCHEMA), **changes}


def problems(schema: dict[str, Any]) -> list[str]:
    with pytest.raises(FormSpecError) as caught:
        spec_from_json_schema(schema)
    return caught.value.messages


def test_the_conditions_are_read_in_allof_and_alone() -> None:
    spec = spec_from_json_schema(SCHEMA)
    assert spec.conditions == (RequiredWhen("decision", ("reject",), ("reason",)),
                               RequiredWhen("urgent", (True,), ("contact", "reason")))
    alone = {key: value for key, value in SCHEMA.items() if key != "allOf"} | REJECT_NEEDS_REASON
    assert spec_from_json_schema(alone).conditions == (RequiredWhen("decision", ("reject",), ("reason",)),)
    several = {"if": {"properties": {"decision": {"enum": ["approve", "reject"]}}, "required": ["decision"]},
               "then": {"required": ["reason"]}}
    assert spec_from_json_schema(schema_with(allOf=[several])).conditions[0].values == ("approve", "reject")


@pytest.mark.parametrize(("condition", "expected"), [
    ({"if": REJECT_NEEDS_REASON["if"]}, "allOf[0]: only conditions that require fields are read"),
    ({**REJECT_NEEDS_REASON, "else": {"required": ["contact"]}}, "allOf[0]: unsupported keyword 'else'"),
    ({"if": {"properties": {"decision": {"const": "reject"}}}, "then": {"required": ["reason"]}},
     "allOf[0].if.required: must be ['decision']; without it the then applies also when 'decision' is left empty"),
    ({"if": {"properties": {"decision": {"const": "reject"}, "urgent": {"const": True}},
             "required": ["decision", "urgent"]}, "then": {"required": ["reason"]}},
     "allOf[0].if: an if names exactly one field"),
    ({"if": {"properties": {"decision": {"pattern": "^rej"}}, "required": ["decision"]},
      "then": {"required": ["reason"]}},
     "allOf[0].if.properties.decision: give the values that make the fields required as \"const\" or \"enum\""),
    ({"if": REJECT_NEEDS_REASON["if"], "then": {"required": ["reason"], "properties": {"reason": {"minLength": 9}}}},
     "allOf[0].then: unsupported keyword 'properties'"),
    ({"if": REJECT_NEEDS_REASON["if"], "then": {"required": []}}, "allOf[0].then.required: list the fields"),
    ({"if": {"properties": {"decision": {"const": "later"}}, "required": ["decision"]},
      "then": {"required": ["reason"]}}, "the condition on 'decision': 'later' is not one of its choices"),
    ({"if": {"properties": {"reason": {"const": "x"}}, "required": ["reason"]}, "then": {"required": ["contact"]}},
     "the condition on 'reason': a condition reads a single-choice or yes/no field, not a string field"),
    ({"if": REJECT_NEEDS_REASON["if"], "then": {"required": ["nobody"]}},
     "the condition on 'decision': it requires 'nobody', which is not a field"),
    ({"if": REJECT_NEEDS_REASON["if"], "then": {"required": ["urgent"]}},
     "the condition on 'decision': 'urgent' cannot be required by it"),
])
def test_a_condition_the_form_cannot_keep_is_refused_where_it_stands(condition: dict[str, Any],
                                                                     expected: str) -> None:
    found = problems(schema_with(allOf=[condition]))
    assert any(message.startswith(expected) for message in found), found


def test_a_nested_object_keeps_refusing_conditions() -> None:
    nested = {"type": "object", "properties": {"site": {"type": "object", "properties": {"a": {"type": "string"}},
                                                        "allOf": [REJECT_NEEDS_REASON]}}}
    assert problems(nested) == ["properties.site: unsupported keyword 'allOf'"]


@pytest.mark.parametrize(("data", "errors"), [
    ({"decision": "approve"}, {}),
    ({"decision": "reject", "reason": "no credit"}, {}),
    ({"decision": "reject"}, {"reason": REQUIRED_NOW}),
    ({"decision": "reject", "reason": "   "}, {"reason": REQUIRED_NOW}),
    ({"decision": "approve", "urgent": True}, {"contact": "Required when Urgent is “yes”.",
                                               "reason": "Required when Urgent is “yes”."}),
    ({"decision": "reject", "urgent": True, "reason": "r"}, {"contact": "Required when Urgent is “yes”."}),
    ({}, {"decision": "This field is required."}),  # no choice made: only the field's own requirement
])
def test_a_browser_post_and_a_json_submission_are_judged_alike(data: dict[str, Any], errors: dict[str, str]) -> None:
    spec = spec_from_json_schema(SCHEMA)
    try:
        validate_submission(spec, data)
        api_errors: dict[str, str] = {}
    except FormInvalid as invalid:
        api_errors = {error["field"]: error["message"] for error in invalid.errors}
    assert api_errors == errors
    posted = MultiDict([(name, "y" if value is True else str(value)) for name, value in data.items()])
    form = form_for_task(spec, {}, formdata=posted, csrf=False)
    assert form.validate() is not errors
    assert {name: " ".join(form.field_named(name).errors) for name in errors} == errors


def test_the_schema_given_to_api_clients_says_the_same_and_reads_back() -> None:
    spec = spec_from_json_schema(SCHEMA)
    described = spec_to_json_schema(spec)
    assert spec_from_json_schema(described).conditions == spec.conditions
    validator = Draft202012Validator(described)
    assert not list(validator.iter_errors({"decision": "reject", "reason": "r"}))
    assert [error.message for error in validator.iter_errors({"decision": "reject"})] == [
        "'reason' is a required property"]


def test_a_spec_made_in_code_is_checked_too() -> None:
    decision = FieldSpec("decision", "Decision", "enum", choices=(("a", "A"),), widget="select")
    with pytest.raises(FormSpecError, match="it names no value"):
        FormSpec("", "", (decision, FieldSpec("why", "Why", "string")), (RequiredWhen("decision", (), ("why",)),))


@pytest.fixture
def app() -> Iterator[Flask]:
    app = Flask(__name__, template_folder=str(Path(__file__).resolve().parents[2] / "app" / "templates"))
    with app.test_request_context():
        yield app


def render(spec: FormSpec, formdata: list[tuple[str, str]] | None = None) -> str:
    form = form_for_task(spec, {}, formdata=MultiDict(formdata) if formdata is not None else None, csrf=False)
    if formdata is not None:
        form.validate()
    return render_template_string('{% from "taskforms/_form.html" import render_task_form %}'
                                  '{{ render_task_form(form, spec, "/t") }}', form=form, spec=spec)


def test_the_field_says_when_it_is_required_and_the_error_says_it_once(app: Flask) -> None:
    spec = spec_from_json_schema(SCHEMA)
    html = render(spec)
    assert ('<p class="field-help" id="reason-help">Required when Decision is “Reject it”. '
            'Required when Urgent is “yes”.</p>') in html
    assert 'aria-describedby="reason-help"' in html
    html = render(spec, [("decision", "reject")])
    assert '<p class="field-help" id="reason-help">Required when Urgent is “yes”.</p>' in html
    assert f'<p class="field-error" id="reason-error">{REQUIRED_NOW}</p>' in html


@pytest.mark.parametrize(("form_file", "choice", "needed"), [
    ("order_approval.json", {"approval_decision": "reject"}, "customer_reason"),
    ("approve_adjustments.json", {"adjustments_decision": "reject"}, "customer_reason"),
    ("survey_site.json", {"survey_result": "civils_needed"}, "survey_notes"),
    ("revision_approval.json", {"revision_decision": "reject"}, "revision_note"),
])
def test_the_shipped_forms_ask_for_a_reason_when_the_answer_is_no(form_file: str, choice: dict[str, str],
                                                                    needed: str) -> None:
    spec = spec_from_json_schema(json.loads((FORMS / form_file).read_text()))
    with pytest.raises(FormInvalid) as caught:
        validate_submission(spec, choice)
    assert [error["field"] for error in caught.value.errors] == [needed]
    validate_submission(spec, {**choice, needed: "because"})
