"""Characteristic values: typing, allowed values, ranges, mandatory and default, for definitions and orders;
and the label people read for a characteristic (``display_label``).

Values arrive from JSON APIs, CSV imports and HTML forms, so an integer may come as ``500`` or
``"500"`` and a boolean as ``true`` or ``"true"``; they leave typed (int, float, bool, str).
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from decimal import Decimal
from decimal import InvalidOperation
from typing import Any
from typing import Protocol

from app.catalog.models import LABEL_LENGTH
from app.catalog.models import VALUE_TYPES
from app.errors import Invalid
from app.taskforms.spec import humanize

_INTEGER = re.compile(r"[+-]?\d+")
# The longest text a characteristic takes (a site's postcode or address, a note to the engineer).
MAX_TEXT_VALUE_CHARS = 500


class ValueRule(Protocol):
    """What a value is checked against: a stored ``Characteristic`` or a ``CharacteristicInput``."""

    @property
    def value_type(self) -> str: ...
    @property
    def allowed_values(self) -> Sequence[Any]: ...
    @property
    def min_value(self) -> int | float | None: ...
    @property
    def max_value(self) -> int | float | None: ...


class CharacteristicRule(ValueRule, Protocol):
    """A characteristic as ``validate_values`` reads it (a stored ``Characteristic`` is one)."""

    @property
    def name(self) -> str: ...
    @property
    def mandatory(self) -> bool: ...
    @property
    def default_value(self) -> Any: ...


@dataclass(frozen=True)
class CharacteristicInput:
    """What an admin (or the demo seed) defines; checked by ``checked_definition`` before it is stored."""

    name: str
    value_type: str
    allowed_values: Sequence[Any] = ()
    min_value: int | float | None = None
    max_value: int | float | None = None
    mandatory: bool = False
    default: Any = None
    unit: str = ""
    description: str = ""
    label: str = ""


def display_label(name: str, label: str = "") -> str:
    """What people read for a characteristic: the catalog's ``label``, else its ``name`` in words
    (``static_ip`` → "Static ip"); a value whose characteristic has left the catalog has only its name."""
    return label or humanize(name)


def checked_label(name: str, label: str) -> str:
    """``label`` without the spaces around it ("" when it has only spaces: the name in words is shown).

    :raises Invalid: ``{"field": "label", ...}``: longer than ``LABEL_LENGTH`` characters.
    """
    label = label.strip()
    if len(label) > LABEL_LENGTH:
        raise Invalid(errors=[{"field": "label", "message": f"{name}: at most {LABEL_LENGTH} characters"}])
    return label


def _as_string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    if len(value) > MAX_TEXT_VALUE_CHARS:  # shown on every page of its order and product
        raise ValueError(f"must be at most {MAX_TEXT_VALUE_CHARS} characters long")
    return value.strip()


def _as_integer(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("must be a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        return int(value.strip())
    raise ValueError("must be a whole number")


def _as_number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)):
        raise ValueError("must be a number")
    if isinstance(value, int):
        return value
    try:
        number = float(Decimal(value.strip() if isinstance(value, str) else str(value)))
    except InvalidOperation:
        raise ValueError("must be a number") from None
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    return int(number) if number.is_integer() else number


def _as_boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ValueError("must be true or false")


COERCERS: dict[str, Callable[[Any], Any]] = {
    "string": _as_string,
    "integer": _as_integer,
    "number": _as_number,
    "boolean": _as_boolean,
}


def _shown(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def check_value(rule: ValueRule, value: Any) -> Any:
    """Return ``value`` typed for ``rule``.

    :raises ValueError: with a message for the user: wrong type, not an allowed value, out of range.
    """
    typed = COERCERS[rule.value_type](value)
    if rule.allowed_values and typed not in rule.allowed_values:
        raise ValueError("must be one of " + ", ".join(_shown(v) for v in rule.allowed_values))
    low, high = rule.min_value, rule.max_value
    if (low is not None and typed < low) or (high is not None and typed > high):
        raise ValueError(_range_message(low, high))
    return typed


def _range_message(low: int | float | None, high: int | float | None) -> str:
    if low is not None and high is not None:
        return f"must be between {low} and {high}"
    return f"must be at least {low}" if low is not None else f"must be at most {high}"


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def validate_values(characteristics: Sequence[CharacteristicRule], values: Mapping[str, Any]) -> dict[str, Any]:
    """Check ``values`` against ``characteristics``; return them typed, with defaults filled in.

    A blank value (None or empty text) counts as not given. The result lists the characteristics in
    definition order and leaves out optional ones with neither value nor default.

    :raises Invalid: one error per bad characteristic, ``{"field": <name>, "message": ...}``: unknown
        name, wrong type, not an allowed value, out of range, or mandatory without value or default.
    """
    known = {c.name: c for c in characteristics}
    errors = [{"field": name, "message": "is not a characteristic of this offering"}
              for name in values if name not in known]
    result: dict[str, Any] = {}
    for characteristic in characteristics:
        given = values.get(characteristic.name)
        if _is_blank(given):
            if characteristic.default_value is not None:
                result[characteristic.name] = characteristic.default_value
            elif characteristic.mandatory:
                errors.append({"field": characteristic.name, "message": "is required"})
            continue
        try:
            result[characteristic.name] = check_value(characteristic, given)
        except ValueError as exc:
            errors.append({"field": characteristic.name, "message": str(exc)})
    if errors:
        raise Invalid(errors=errors)
    return result


def checked_definition(data: CharacteristicInput) -> CharacteristicInput:
    """Return ``data`` with its allowed values, bounds and default typed, and its label trimmed.

    :raises Invalid: a label too long, unknown value type, values that are not of the type, a default outside them,
        a range on a non-numeric type or one whose minimum is above its maximum.
    """
    label = checked_label(data.name, data.label)
    if data.value_type not in VALUE_TYPES:
        raise Invalid(errors=[{"field": "value_type", "message": f"must be one of {', '.join(VALUE_TYPES)}"}])
    coerce = COERCERS[data.value_type]
    try:
        allowed = tuple(coerce(v) for v in data.allowed_values)
        low, high = (None if b is None else _as_number(b) for b in (data.min_value, data.max_value))
    except ValueError as exc:
        raise Invalid(errors=[{"field": "allowed_values", "message": f"{data.name}: {exc}"}]) from None
    if (low is not None or high is not None) and data.value_type not in ("integer", "number"):
        raise Invalid(errors=[{"field": "min_value", "message": f"{data.name}: only numbers have a range"}])
    if low is not None and high is not None and low > high:
        raise Invalid(errors=[{"field": "min_value", "message": f"{data.name}: the minimum is above the maximum"}])
    checked = replace(data, label=label, allowed_values=allowed, min_value=low, max_value=high)
    if data.default is not None:
        try:
            checked = replace(checked, default=check_value(checked, data.default))
        except ValueError as exc:
            raise Invalid(errors=[{"field": "default", "message": f"{data.name}: the default {exc}"}]) from None
    return checked
