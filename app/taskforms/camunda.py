"""Load a task form from Camunda ``camunda:formData`` fields (``CamundaParser`` models).

The engine adapter hands over each ``camunda:formField`` as a plain dict: ``{"id", "label",
"type", "default_value", "validation": [(name, config)], "properties": [(id, value)],
"options": [(id, name)]}``. Types: string, long (→ integer), boolean, enum, date. Constraints:
required, readonly, minlength, maxlength, min, max; any other type or constraint is refused.
Properties ``help`` (or ``description``) and ``placeholder`` are used; other properties are
free-form metadata for other tools and are left alone.

Camunda semantics kept: a *required* boolean must be ticked (HTML ``required`` on a checkbox).
A default is a literal; quotes around it are dropped (the SpiffWorkflow examples write
``defaultValue="'N'"``), a date default may be ``YYYY-MM-DD`` or Camunda's ``dd/MM/yyyy``, and
expression defaults (``${…}``) are refused — set the value in a script before the task.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any
from typing import NoReturn

from app.taskforms.errors import FormSpecError
from app.taskforms.spec import FieldSpec
from app.taskforms.spec import FormSpec
from app.taskforms.spec import humanize
from app.taskforms.submission import check_defaults
from app.taskforms.values import parse_integer
from app.taskforms.values import parse_number

_KINDS = {"string": "string", "long": "integer", "boolean": "boolean", "enum": "enum", "date": "date"}
_PROPERTIES = {"help": "help", "description": "help", "placeholder": "placeholder"}
_CAMUNDA_DATE = re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})")
_BOOLEANS = {"true": True, "false": False}


def spec_from_camunda_fields(fields: Sequence[Mapping[str, Any]]) -> FormSpec:
    """Return the form spec for a user task's Camunda form fields, in their order.

    :raises FormSpecError: listing every problem, each naming the form field.
    """
    problems: list[str] = []
    specs: list[FieldSpec] = []
    for index, field in enumerate(fields):
        try:
            specs.append(_field_spec(field, index))
        except FormSpecError as error:
            problems.extend(error.messages)
    if problems:
        raise FormSpecError(problems)
    spec = FormSpec(title="", description="", fields=tuple(specs))
    problems = check_defaults(spec)
    if problems:
        raise FormSpecError(problems)
    return spec


def _fail(where: str, message: str) -> NoReturn:
    raise FormSpecError([f"{where}: {message}"])


def _field_spec(field: Mapping[str, Any], index: int) -> FieldSpec:
    field_id = field.get("id")
    where = f"form field {field_id!r}" if field_id else f"form field #{index + 1}"
    if not isinstance(field_id, str) or not field_id:
        _fail(where, "needs an id")
    kind = _KINDS.get(field.get("type"))  # type: ignore[arg-type]
    if kind is None:
        _fail(where, f"type {field.get('type')!r} is not supported (supported: {', '.join(sorted(_KINDS))})")
    label = field.get("label") or humanize(field_id)
    traits: dict[str, Any] = {"name": field_id, "label": label, "kind": kind}
    if kind == "enum":
        traits["choices"] = tuple((str(key), str(name or key)) for key, name in field.get("options") or ())
        traits["widget"] = "select"
    traits.update(_constraints(field.get("validation") or (), where))
    for key, value in field.get("properties") or ():
        if key in _PROPERTIES:
            traits[_PROPERTIES[key]] = str(value)
    traits["default"] = _default(field.get("default_value"), kind, where)
    return FieldSpec(**traits)


def _constraints(validation: Sequence[Sequence[Any]], where: str) -> dict[str, Any]:
    traits: dict[str, Any] = {}
    for name, config in validation:
        reader = _CONSTRAINTS.get(name)
        if reader is None:
            known = ", ".join(sorted(_CONSTRAINTS))
            _fail(where, f"constraint {name!r} is not supported (supported: {known})")
        try:
            traits.update(reader(config))
        except ValueError as error:
            _fail(where, f"constraint {name!r} has config {config!r}: {error}")
    return traits


def _default(raw: Any, kind: str, where: str) -> Any:
    if raw is None:
        return None
    text = str(raw).strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    if text.startswith(("${", "#{")):
        _fail(where, f"expression default {text!r} is not supported; set the value in a script instead")
    if not text:
        return None
    try:
        return _DEFAULT_READERS[kind](text)
    except ValueError as error:
        _fail(where, f"default {text!r}: {error}")


def _boolean_default(text: str) -> bool:
    if text.lower() not in _BOOLEANS:
        raise ValueError("Expected true or false.")
    return _BOOLEANS[text.lower()]


def _date_default(text: str) -> str:
    camunda = _CAMUNDA_DATE.fullmatch(text)
    return f"{camunda[3]}-{camunda[2]}-{camunda[1]}" if camunda else text


_CONSTRAINTS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "required": lambda config: {"required": True},
    "readonly": lambda config: {"readonly": True},
    "minlength": lambda config: {"min_length": parse_integer(str(config))},
    "maxlength": lambda config: {"max_length": parse_integer(str(config))},
    "min": lambda config: {"minimum": parse_number(str(config))},
    "max": lambda config: {"maximum": parse_number(str(config))},
}
# Text kinds keep the literal; check_defaults then judges it like user input.
_DEFAULT_READERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "enum": str,
    "integer": parse_integer,
    "boolean": _boolean_default,
    "date": _date_default,
}
