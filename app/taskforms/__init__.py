"""Generated forms for BPMN user tasks: spec → WTForms class, built fresh for each request.

A form is defined either by a JSON Schema (+ react-jsonschema-form UI schema), SpiffArena's
convention, or by Camunda ``camunda:formData`` fields. Both load into a :class:`FormSpec`; its
fields become a new WTForms class per render. Browser posts and JSON API submissions run the
same validators and come back as the same clean, JSON-ready task data. No SpiffWorkflow here:
the engine adapter passes plain dicts in.

Browser::

    spec = spec_from_json_schema(schema, ui_schema)
    form = form_for_task(spec, task_data, formdata=request.form, csrf=True)
    if form.validate():
        data = clean_form_data(form, spec)

API::

    data = validate_submission(spec, payload, task_data)   # raises FormInvalid
"""
from __future__ import annotations

from app.taskforms.camunda import spec_from_camunda_fields
from app.taskforms.errors import FormInvalid
from app.taskforms.errors import FormSpecError
from app.taskforms.fields import TaskForm
from app.taskforms.fields import build_form_class
from app.taskforms.forms import clean_form_data
from app.taskforms.forms import form_for_task
from app.taskforms.json_schema import spec_from_json_schema
from app.taskforms.json_schema import validate_json_schema
from app.taskforms.spec import KINDS
from app.taskforms.spec import FieldSpec
from app.taskforms.spec import FormSpec
from app.taskforms.spec import Kind
from app.taskforms.spec import Widget
from app.taskforms.submission import validate_submission
from app.taskforms.to_json_schema import spec_to_json_schema

__all__ = [
    "KINDS",
    "FieldSpec",
    "FormInvalid",
    "FormSpec",
    "FormSpecError",
    "Kind",
    "TaskForm",
    "Widget",
    "build_form_class",
    "clean_form_data",
    "form_for_task",
    "spec_from_camunda_fields",
    "spec_from_json_schema",
    "spec_to_json_schema",
    "validate_json_schema",
    "validate_submission",
]
