"""Open a task form with the task's data, and read clean values back out of a validated form.

Values cross this boundary in JSON shape: task data in, task data out. Inside the form, choice
values travel as their text keys (see ``choice_key``) because that is what HTML posts.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from wtforms import Field

from app.taskforms.fields import TaskForm
from app.taskforms.fields import build_form_class
from app.taskforms.spec import FieldSpec
from app.taskforms.spec import FormSpec
from app.taskforms.spec import choice_key
from app.taskforms.validators import has_input

_MISSING = object()


def form_for_task(
    spec: FormSpec, task_data: Mapping[str, Any], *, formdata: Any = None, csrf: bool
) -> TaskForm:
    """Return a form for ``spec`` opened with the task's values.

    A value in ``task_data`` (dotted names looked up in nested dicts) wins over the spec's
    default, even when it is ``None``: that is what the user last saved. ``formdata`` is the
    posted ``MultiDict`` or ``None`` to display the form; read-only fields never read it.
    """
    form_class = build_form_class(spec, csrf=csrf)
    values = initial_values(spec, task_data)
    data = {
        form_class.field_attrs[field.name]: _to_form_value(field, values[field.name])
        for field in spec.fields
    }
    form = form_class(formdata=formdata, data=data)
    form.initial_values = values
    return form


def initial_values(spec: FormSpec, task_data: Mapping[str, Any]) -> dict[str, Any]:
    """Return each field's starting JSON value: from task data, else the spec default."""
    values = {}
    for field in spec.fields:
        found = lookup(task_data, field.name)
        if found is _MISSING:
            found = list(field.default) if isinstance(field.default, tuple) else field.default
        values[field.name] = found
    return values


def clean_form_data(
    form: TaskForm, spec: FormSpec, task_data: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Return the validated form's values as task data, ready to merge.

    Call only after ``form.validate()`` succeeded, on a form from ``form_for_task``. Integers
    are ``int``, numbers ``int`` or ``float``, dates ISO strings, multi-selects lists (in the
    order of the choices), booleans ``bool``; an empty optional field is ``None`` (``[]`` for
    a multi-select). Read-only fields carry the task's value (from ``task_data`` when given,
    else the value the form was opened with) and are left out when there is none. Dotted
    names come back as nested dicts.
    """
    kept = initial_values(spec, task_data) if task_data is not None else form.initial_values
    flat: dict[str, Any] = {}
    for field in spec.fields:
        if field.readonly:
            if kept.get(field.name) is not None:
                flat[field.name] = kept[field.name]
            continue
        flat[field.name] = _CLEANERS[field.kind](field, form.field_named(field.name))
    return nest(flat)


def lookup(data: Mapping[str, Any], name: str) -> Any:
    """Return the value at a dotted ``name`` in nested dicts, or ``_MISSING``."""
    current: Any = data
    for part in name.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return _MISSING
        current = current[part]
    return current


def nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """Turn ``{"address.street": v}`` into ``{"address": {"street": v}}``."""
    nested: dict[str, Any] = {}
    for name, value in flat.items():
        head, _, tail = name.partition(".")
        if tail:
            nested.setdefault(head, {})[tail] = value
        else:
            nested[head] = value
    return nested


def _to_form_value(field: FieldSpec, value: Any) -> Any:
    if field.kind == "enum":
        return _key_or_none(value)
    if field.kind == "multi_enum":
        values = value if isinstance(value, list | tuple) else ()
        return [key for key in map(_key_or_none, values) if key is not None]
    return value


def _key_or_none(value: Any) -> str | None:
    scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
    return choice_key(value) if scalar else None


def _entered(spec: FieldSpec, field: Field) -> Any:
    return field.data if has_input(field) else None


def _ticked(spec: FieldSpec, field: Field) -> bool:
    return field.data is True


def _chosen(spec: FieldSpec, field: Field) -> Any:
    if not has_input(field):
        return None
    return next((value for value, _ in spec.choices if choice_key(value) == field.data), None)


def _chosen_many(spec: FieldSpec, field: Field) -> list[Any]:
    picked = set(field.data or ())
    return [value for value, _ in spec.choices if choice_key(value) in picked]


_CLEANERS: dict[str, Callable[[FieldSpec, Field], Any]] = {
    "string": _entered,
    "textarea": _entered,
    "password": _entered,
    "email": _entered,
    "hidden": _entered,
    "integer": _entered,
    "number": _entered,
    "date": _entered,
    "datetime": _entered,
    "boolean": _ticked,
    "enum": _chosen,
    "multi_enum": _chosen_many,
}
