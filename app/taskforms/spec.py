"""The form spec: what a generated task form asks for, independent of where it was defined.

Both loaders (JSON Schema, Camunda form fields) produce a :class:`FormSpec`; the WTForms builder
only reads this. The spec checks its own consistency when constructed, so an unknown kind or a
constraint on the wrong kind of field fails when the definition loads, never at render time.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from typing import Literal
from typing import get_args

from app.taskforms.errors import FormSpecError
from app.taskforms.patterns import pattern_problem

Kind = Literal[
    "string", "textarea", "password", "integer", "number", "boolean",
    "enum", "multi_enum", "date", "datetime", "email", "hidden",
]
Widget = Literal["select", "radio", "checkboxes"]
Scalar = str | int | float
Choice = tuple[Scalar, str]

KINDS: frozenset[str] = frozenset(get_args(Kind))
TEXT_KINDS: frozenset[str] = frozenset({"string", "textarea", "password", "email", "hidden"})
NUMERIC_KINDS: frozenset[str] = frozenset({"integer", "number"})
CHOICE_KINDS: frozenset[str] = frozenset({"enum", "multi_enum"})
WIDGETS_BY_KIND: dict[str, frozenset[str]] = {
    "enum": frozenset({"select", "radio"}),
    "multi_enum": frozenset({"select", "checkboxes"}),
}
# One or two parts: a top-level property, or a property of a top-level object.
_NAME = re.compile(r"[^.\s]+(?:\.[^.\s]+)?")


@dataclass(frozen=True)
class FieldSpec:
    """One input of a task form.

    ``name`` is the task-data key (dotted for a property of a nested object). ``minimum`` and
    ``maximum`` are exclusive when the matching ``exclusive_*`` flag is set. ``min_length`` and
    ``max_length`` count characters, or chosen options for ``multi_enum``. ``choices`` are
    ``(value, label)`` pairs with JSON scalar values. ``widget`` is set for choice kinds only.
    ``default`` is a JSON value (ISO string for dates, a tuple for ``multi_enum``).
    """

    name: str
    label: str
    kind: Kind
    required: bool = False
    help: str = ""
    placeholder: str = ""
    default: Any = None
    readonly: bool = False
    choices: tuple[Choice, ...] = ()
    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    pattern_hint: str = ""  # the message for a text that misses ``pattern`` ("" shows the pattern itself)
    widget: Widget | None = None

    def __post_init__(self) -> None:
        problems = [message for check in _FIELD_CHECKS if (message := check(self))]
        if problems:
            raise FormSpecError([f"field {self.name!r}: {message}" for message in problems])


MAX_FIELDS = 500  # a form is filled in by a person; more is a mistake or an attack (it was 27 s for 20,000)
MAX_CHOICES = 1_000  # the same for one field's options: 200,000 took seconds at every showing of the task


@dataclass(frozen=True)
class RequiredWhen:
    """Fields a form asks for only when one of its choices is made: "a reason, when the decision is reject".

    ``field`` is a single-choice (``enum``) or ``boolean`` field; when its value is one of ``values``,
    every field named in ``required`` must be filled in too.
    """

    field: str
    values: tuple[Scalar, ...]  # booleans for a yes/no field
    required: tuple[str, ...]


@dataclass(frozen=True)
class FormSpec:
    """A whole task form: a title, a description, its fields in display order and the fields it requires
    only when a choice is made (``conditions``)."""

    title: str
    description: str
    fields: tuple[FieldSpec, ...]
    conditions: tuple[RequiredWhen, ...] = ()

    def __post_init__(self) -> None:
        if len(self.fields) > MAX_FIELDS:
            raise FormSpecError([f"a form may have at most {MAX_FIELDS} fields; this one has {len(self.fields):,}"])
        names = [field.name for field in self.fields]
        duplicates = sorted(name for name, count in Counter(names).items() if count > 1)
        groups = {name.split(".")[0] for name in names if "." in name}
        clashes = sorted(groups.intersection(names))
        problems = [f"field {name!r} is defined twice" for name in duplicates]
        problems += [f"field {name!r} is both a value and an object" for name in clashes]
        problems += [problem for condition in self.conditions for problem in _condition_problems(self, condition)]
        if problems:
            raise FormSpecError(problems)

    def field(self, name: str) -> FieldSpec | None:
        return next((field for field in self.fields if field.name == name), None)

    def required_when(self, name: str) -> list[str]:
        """When the field ``name`` is required besides its own ``required``, as the form says it."""
        return [self.condition_note(condition) for condition in self.conditions if name in condition.required]

    def condition_note(self, condition: RequiredWhen) -> str:
        """``Required when Decision is “Reject the order”.``: the hint beside a field, and its error when empty."""
        chooser = self.field(condition.field)
        assert chooser is not None  # checked when the spec was made
        shown = " or ".join(f"“{choice_label(chooser, value)}”" for value in condition.values)
        return f"Required when {chooser.label} is {shown}."


def choice_label(field: FieldSpec, value: Scalar) -> str:
    """The label a person sees for one value of a choice or yes/no field."""
    if field.kind == "boolean":
        return "yes" if value else "no"
    return next((label for choice, label in field.choices if choice_key(choice) == choice_key(value)), str(value))


def _condition_problems(spec: FormSpec, condition: RequiredWhen) -> list[str]:
    where = f"the condition on {condition.field!r}"
    chooser = spec.field(condition.field)
    if chooser is None:
        return [f"{where}: no field {condition.field!r}"]
    if chooser.kind not in ("enum", "boolean"):
        return [f"{where}: a condition reads a single-choice or yes/no field, not a {chooser.kind} field"]
    problems = []
    if chooser.kind == "boolean":
        if any(not isinstance(value, bool) for value in condition.values):
            problems.append(f"{where}: a yes/no field is true or false")
    else:
        offered = {choice_key(choice) for choice, _ in chooser.choices}
        problems += [f"{where}: {value!r} is not one of its choices" for value in condition.values
                     if isinstance(value, bool) or choice_key(value) not in offered]
    if not condition.values:
        problems.append(f"{where}: it names no value")
    for name in condition.required:
        target = spec.field(name)
        if target is None:
            problems.append(f"{where}: it requires {name!r}, which is not a field")
        elif name == condition.field or target.readonly or target.kind == "boolean":
            problems.append(f"{where}: {name!r} cannot be required by it (the condition's own field, a read-only "
                            "field or a yes/no field, which is never empty)")
    return problems


def choice_key(value: Scalar) -> str:
    """Return the text that stands for a choice value in HTML and form data."""
    return value if isinstance(value, str) else str(value)


def humanize(name: str) -> str:
    """Turn a property name into a label: ``product_quantity`` → ``Product quantity``."""
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else name


def _check_name(field: FieldSpec) -> str | None:
    if field.name == "csrf_token":
        return "the name 'csrf_token' is reserved for the form's CSRF token"
    if _NAME.fullmatch(field.name):
        return None
    return "a name is one or two non-empty parts joined by '.', without spaces"


def _check_kind(field: FieldSpec) -> str | None:
    if field.kind in KINDS:
        return None
    return f"unknown kind {field.kind!r} (known: {', '.join(sorted(KINDS))})"


def _check_choices(field: FieldSpec) -> str | None:
    if field.kind not in CHOICE_KINDS:
        return "choices apply to enum and multi_enum fields only" if field.choices else None
    if not field.choices:
        return "a choice field needs at least one choice"
    if len(field.choices) > MAX_CHOICES:
        return f"a field may offer at most {MAX_CHOICES:,} choices; this one offers {len(field.choices):,}"
    if any(isinstance(value, bool) or not isinstance(value, Scalar) for value, _ in field.choices):
        return "choice values must be strings or numbers"
    keys = [choice_key(value) for value, _ in field.choices]
    return "choice values must be distinct" if len(set(keys)) != len(keys) else None


def _check_widget(field: FieldSpec) -> str | None:
    allowed = WIDGETS_BY_KIND.get(field.kind, frozenset())
    if field.widget in allowed or (field.widget is None and not allowed):
        return None
    return f"widget {field.widget!r} does not fit a {field.kind} field"


def _check_bounds(field: FieldSpec) -> str | None:
    low, high = field.minimum, field.maximum
    if low is None and high is None:
        return None
    if field.kind not in NUMERIC_KINDS:
        return "minimum and maximum apply to integer and number fields only"
    if low is not None and high is not None:
        touching = low == high and (field.exclusive_minimum or field.exclusive_maximum)
        if low > high or touching:
            return f"no value fits between minimum {low} and maximum {high}"
    return None


def _check_lengths(field: FieldSpec) -> str | None:
    low, high = field.min_length, field.max_length
    if low is None and high is None:
        return None
    if field.kind not in TEXT_KINDS | {"multi_enum"}:
        return "length limits apply to text and multi_enum fields only"
    if (low or 0) < 0 or (high is not None and high < 0):
        return "length limits cannot be negative"
    if low is not None and high is not None and low > high:
        return f"min length {low} is above max length {high}"
    return None


def _check_pattern(field: FieldSpec) -> str | None:
    if field.pattern is None:
        return None
    if field.kind not in TEXT_KINDS:
        return "a pattern applies to text fields only"
    return pattern_problem(field.pattern)


_FIELD_CHECKS: tuple[Callable[[FieldSpec], str | None], ...] = (
    _check_name, _check_kind, _check_choices, _check_widget,
    _check_bounds, _check_lengths, _check_pattern,
)
