"""The page form that edits a saved test case: one JSON text per field of the case, each read on its own, so a
field that is not JSON, and every problem the case's checks find, shows at its field."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from wtforms import Field
from wtforms import SelectField
from wtforms import StringField
from wtforms import TextAreaField
from wtforms.validators import InputRequired
from wtforms.validators import Length

from app.errors import Invalid
from app.studio.model_tests import STATUSES
from app.studio.models import ModelTestCase
from app.validation import json_text
from app.webforms import PageForm

OBJECT_HELP = "a JSON object"


class DecisionCaseForm(PageForm):
    name = StringField("Name", validators=[InputRequired(), Length(max=200)])
    inputs = TextAreaField("Inputs", description="a JSON object: input name → value")
    expected = TextAreaField("Expected outputs", description="a JSON object: output name → the value it must have")


class ProcessCaseForm(PageForm):
    name = StringField("Name", validators=[InputRequired(), Length(max=200)])
    start_data = TextAreaField("Start data", description=OBJECT_HELP)
    user_tasks = TextAreaField("Answers", description="a JSON object: user task id → its answer, or a list of answers")
    connectors = TextAreaField("Connector results",
                               description="a JSON object: service task id or connector → its result, or a list")
    messages = TextAreaField("Messages", description="a JSON object: message name → its payload, or a list")
    timers = TextAreaField("Timers", description="a JSON object: timer event id → true, or how many times it fires")
    expected_path = TextAreaField("Expected path", description="a JSON list of element ids; empty: not checked")
    expected_data = TextAreaField("Expected end data", description=OBJECT_HELP)
    expected_status = SelectField("Expected end", choices=[(status, status) for status in STATUSES])


FORMS: dict[str, type[PageForm]] = {"decision": DecisionCaseForm, "process": ProcessCaseForm}


def case_form(row: ModelTestCase) -> PageForm:
    """The form for ``row``, filled with its saved values (a post's values where there is one)."""
    values: dict[str, Any] = {"name": row.name}
    for field, value in row.case.items():
        values[field] = value if field == "expected_status" else "" if value is None else json.dumps(value, indent=2)
    return FORMS[row.kind](data=values)


def json_fields(form: PageForm) -> list[Field]:
    return [field for field in form if isinstance(field, TextAreaField)]


def payload(form: PageForm) -> dict[str, Any]:
    """The case the form holds, as ``model_tests.update_case`` takes it (an empty path: none expected).

    :raises Invalid: each field that is not JSON, by name.
    """
    found: dict[str, Any] = {"name": form.name.data or ""}
    errors: list[dict[str, Any]] = []
    for field in json_fields(form):
        text = (field.data or "").strip()
        try:
            found[field.name] = json_text(text, field.name) if text else None if field.name == "expected_path" else {}
        except Invalid as exc:
            errors += exc.errors
    if "expected_status" in form:
        found["expected_status"] = form.expected_status.data
    if errors:
        raise Invalid(errors=errors)
    return found


def add_errors(form: PageForm, errors: Sequence[dict[str, Any]]) -> list[str]:
    """Put the service's ``errors`` at their fields (``user_tasks.approve`` at ``user_tasks``); return those naming
    no field of the form."""
    unplaced = []
    for error in errors:
        name, _, inside = str(error.get("field") or "").partition(".")
        if name in form:
            form[name].errors = [*form[name].errors, f"{inside}: {error['message']}" if inside else error["message"]]
        else:
            unplaced.append(error["message"])
    return unplaced
