"""Validators for generated task forms, and the chain each field spec gets.

Presence is judged from the submitted text (``raw_data``), never from ``data``, so a field left
empty behaves the same whether the browser posted ``""`` or an API client left the key out, and
an initial value cannot pass for input. Every validator stops the chain when it fails, so a bad
field carries exactly one message.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Iterable

from wtforms import Field
from wtforms import Form
from wtforms.validators import StopValidation

from app.taskforms import patterns
from app.taskforms.spec import FieldSpec
from app.taskforms.spec import choice_key

Validator = Callable[[Form, Field], None]
# Deliberately loose: one "@", no spaces, a dot in the domain. Deliverability is not our
# business, and this keeps the `email_validator` package out of the dependencies.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def has_input(field: Field) -> bool:
    """Tell whether the field was submitted with at least one non-blank value."""
    return any(str(value).strip() for value in field.raw_data or ())


class Required:
    """Fail when nothing (or only whitespace) was entered."""

    field_flags = {"required": True}

    def __init__(self, message: str = "This field is required.") -> None:
        self.message = message

    def __call__(self, form: Form, field: Field) -> None:
        if not has_input(field):
            raise StopValidation(self.message)


class SkipIfEmpty:
    """End the chain quietly when nothing was entered: the later checks are for real input."""

    field_flags = {"optional": True}

    def __call__(self, form: Form, field: Field) -> None:
        if not has_input(field):
            raise StopValidation()


class MustBeTrue:
    """Fail unless the box was ticked (a boolean whose schema says ``const: true``)."""

    field_flags = {"required": True}

    def __call__(self, form: Form, field: Field) -> None:
        if field.data is not True:
            raise StopValidation("Tick this box to continue.")


class Bounds:
    """Keep a number within inclusive or exclusive bounds; unparsable input is reported already."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec

    def __call__(self, form: Form, field: Field) -> None:
        value, spec = field.data, self.spec
        if value is None:
            return
        if spec.minimum is not None:
            if spec.exclusive_minimum and value <= spec.minimum:
                raise StopValidation(f"Must be greater than {spec.minimum}.")
            if value < spec.minimum:
                raise StopValidation(f"Must be at least {spec.minimum}.")
        if spec.maximum is not None:
            if spec.exclusive_maximum and value >= spec.maximum:
                raise StopValidation(f"Must be less than {spec.maximum}.")
            if value > spec.maximum:
                raise StopValidation(f"Must be at most {spec.maximum}.")


class Length:
    """Limit the characters of a text, or the number of options chosen in a multi-select."""

    def __init__(self, spec: FieldSpec) -> None:
        self.low, self.high = spec.min_length, spec.max_length
        self.counts_options = spec.kind == "multi_enum"

    def __call__(self, form: Form, field: Field) -> None:
        size = len(field.data or ())
        if self.low is not None and size < self.low:
            raise StopValidation(self._message("at least", self.low))
        if self.high is not None and size > self.high:
            raise StopValidation(self._message("at most", self.high))

    def _message(self, relation: str, limit: int) -> str:
        if self.counts_options:
            return f"Choose {relation} {limit} option{'s' if limit != 1 else ''}."
        return f"Must be {relation} {limit} character{'s' if limit != 1 else ''} long."


class Pattern:
    """Match a JSON Schema ``pattern``: a search anywhere in the text, not an anchored match.

    The error says what is expected: the form's own hint, or else the pattern itself. Matching runs
    with a timeout (``patterns``), so a pattern that backtracks badly cannot hold the server.
    """

    def __init__(self, pattern: str, hint: str = "") -> None:
        self.pattern = pattern
        self.message = hint or f"Does not match the expected format (pattern {pattern})."

    def __call__(self, form: Form, field: Field) -> None:
        try:
            found = patterns.search(self.pattern, field.data or "")
        except patterns.PatternTimeout:
            raise StopValidation("Could not be checked against the expected format in time.") from None
        if not found:
            raise StopValidation(self.message)


class EmailAddress:
    """Accept something shaped like an e-mail address."""

    def __call__(self, form: Form, field: Field) -> None:
        if not _EMAIL.fullmatch((field.data or "").strip()):
            raise StopValidation("Not a valid e-mail address.")


class AnyOfChoices:
    """Accept only the spec's choice values (one, or each of several for a multi-select)."""

    def __init__(self, spec: FieldSpec) -> None:
        self.keys = frozenset(choice_key(value) for value, _ in spec.choices)

    def __call__(self, form: Form, field: Field) -> None:
        chosen = field.data if isinstance(field.data, list) else [field.data]
        unknown = [value for value in chosen if value not in self.keys]
        if unknown:
            raise StopValidation(f"{unknown[0]!r} is not one of the options.")


def validators_for(spec: FieldSpec) -> list[Validator]:
    """Return the validator chain for a field spec: presence first, then its constraints.

    Read-only fields get none: their submitted value is ignored, so there is nothing to check.
    A boolean is never "missing"; it is required only in the sense of "must be ticked".
    """
    if spec.readonly:
        return []
    if spec.kind == "boolean":
        return [MustBeTrue()] if spec.required else []
    presence: Validator = Required(_required_message(spec)) if spec.required else SkipIfEmpty()
    return [presence, *_constraints(spec)]


def _required_message(spec: FieldSpec) -> str:
    return "Choose at least one option." if spec.kind == "multi_enum" else "This field is required."


def _constraints(spec: FieldSpec) -> Iterable[Validator]:
    if spec.kind == "email":
        yield EmailAddress()
    if spec.choices:
        yield AnyOfChoices(spec)
    if spec.minimum is not None or spec.maximum is not None:
        yield Bounds(spec)
    if spec.min_length is not None or spec.max_length is not None:
        yield Length(spec)
    if spec.pattern is not None:
        yield Pattern(spec.pattern, spec.pattern_hint)
