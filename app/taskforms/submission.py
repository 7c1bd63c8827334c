"""Validate a JSON submission with exactly the validators the browser form uses.

The JSON payload is turned into the form data a browser would have posted (strings in a
``MultiDict``; a ticked box is ``"y"``, an unticked one absent; a multi-select one entry per
option) and fed to the same generated form. Presence checks read that raw form data, so a
missing key and an empty input are the same thing on both paths. Only what HTML cannot express
is checked beforehand: the JSON type of each value, and unknown keys.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from werkzeug.datastructures import MultiDict

from app.taskforms.errors import FormInvalid
from app.taskforms.fields import TaskForm
from app.taskforms.forms import clean_form_data
from app.taskforms.forms import form_for_task
from app.taskforms.forms import nest
from app.taskforms.spec import FormSpec
from app.taskforms.spec import choice_key


class _WrongType(ValueError):
    """A JSON value of the wrong type for its field; the message is shown as the field error."""


def validate_submission(
    spec: FormSpec, data: Mapping[str, Any], task_data: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Validate a JSON payload for ``spec`` and return clean task data (see ``clean_form_data``).

    ``data`` has the shape of task data: a nested object for fields with dotted names. A key
    the form does not know is an error; a read-only field's value is ignored and the one in
    ``task_data`` kept. A submission is the whole form: a missing key is an empty field.

    :raises FormInvalid: with one ``{"field", "message"}`` per bad field.
    """
    if not isinstance(data, Mapping):
        raise FormInvalid([{"field": "", "message": "Expected a JSON object of field values."}])
    flat, errors = _flatten(spec, data)
    formdata = _to_formdata(spec, flat, errors)
    form = form_for_task(spec, task_data or {}, formdata=formdata, csrf=False)
    form.validate()
    problems = _field_errors(spec, form, errors)
    if problems:
        raise FormInvalid(problems)
    return clean_form_data(form, spec)


def check_defaults(spec: FormSpec) -> list[str]:
    """Return a message for each default that the field itself would reject.

    Defaults are run through ``validate_submission`` so "valid" means exactly what it means for
    user input. Requiredness is left out: a box that must be ticked may well start unticked.
    """
    problems = []
    for field in spec.fields:
        if field.default is None:
            continue
        probe = FormSpec("", "", (replace(field, readonly=False, required=False),))
        try:
            validate_submission(probe, nest({field.name: field.default}))
        except FormInvalid as invalid:
            message = invalid.errors[0]["message"]
            problems.append(f"field {field.name!r}: default {field.default!r} is invalid: {message}")
    return problems


def _flatten(spec: FormSpec, data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Return the payload keyed by dotted field names, and errors for keys the form lacks."""
    names = {field.name for field in spec.fields}
    top_level = {name for name in names if "." not in name}
    groups = {name.partition(".")[0] for name in names - top_level}
    flat: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for key, value in data.items():
        if key in top_level:
            flat[key] = value
        elif key not in groups:
            errors[str(key)] = "unknown field"
        elif isinstance(value, Mapping):
            for sub_key, sub_value in value.items():
                name = f"{key}.{sub_key}"
                if name in names:
                    flat[name] = sub_value
                else:
                    errors[name] = "unknown field"
        elif value is not None:  # a null object is an object left empty
            errors[key] = "Expected an object."
    return flat, errors


def _to_formdata(spec: FormSpec, flat: Mapping[str, Any], errors: dict[str, str]) -> MultiDict[str, str]:
    formdata: MultiDict[str, str] = MultiDict()
    for field in spec.fields:
        if field.readonly or field.name not in flat:
            continue
        try:
            texts = _AS_FORM_TEXT[field.kind](flat[field.name])
        except _WrongType as wrong:
            errors[field.name] = str(wrong)
            continue
        for text in texts:
            formdata.add(field.name, text)
    return formdata


def _field_errors(spec: FormSpec, form: TaskForm, errors: dict[str, str]) -> list[dict[str, Any]]:
    """Return one error per bad field in form order, then the unknown keys."""
    problems = []
    for field in spec.fields:
        bound = form.field_named(field.name)
        message = errors.pop(field.name, None) or (bound.errors[0] if bound.errors else None)
        if message:
            problems.append({"field": field.name, "message": message})
    problems += [{"field": name, "message": message} for name, message in errors.items()]
    return problems


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _text(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str):
        raise _WrongType("Expected a string.")
    return [value]


def _number(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _WrongType("Expected a number.")
    # JSON does not tell 2 from 2.0; both are a valid integer (JSON Schema agrees).
    if isinstance(value, float) and value.is_integer():
        return [str(int(value))]
    return [repr(value)]


def _boolean(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, bool):
        raise _WrongType("Expected true or false.")
    return ["y"] if value else []


def _one_choice(value: Any) -> list[str]:
    if value is None:
        return []
    if not _is_scalar(value):
        raise _WrongType("Expected one option value.")
    return [choice_key(value)]


def _many_choices(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list | tuple) or not all(map(_is_scalar, value)):
        raise _WrongType("Expected a list of option values.")
    return [choice_key(item) for item in value]


_AS_FORM_TEXT: dict[str, Callable[[Any], list[str]]] = {
    "string": _text,
    "textarea": _text,
    "password": _text,
    "email": _text,
    "hidden": _text,
    "date": _text,
    "datetime": _text,
    "integer": _number,
    "number": _number,
    "boolean": _boolean,
    "enum": _one_choice,
    "multi_enum": _many_choices,
}
