"""FEEL arithmetic over numbers, strings, dates, times and durations (DMN 1.4 §10.3.2.3).

:func:`arithmetic` raises :class:`FeelError` (or a ``decimal`` ``ArithmeticError``) for operand
types FEEL gives no meaning to; the evaluator turns both into null plus a warning. A null operand
gives null (the evaluator adds a warning, as the TCK counts it an error).
"""
from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable
from typing import Any

from app.rules.feel import temporal
from app.rules.feel.nanos import between
from app.rules.feel.nanos import duration_of
from app.rules.feel.nanos import moved
from app.rules.feel.nanos import nanos_of
from app.rules.feel.nanos import span_nanos
from app.rules.feel.nanos import with_nanos
from app.rules.feel.types import CYCLE_DAYS
from app.rules.feel.types import NUMBERS
from app.rules.feel.types import Far
from app.rules.feel.types import FeelError
from app.rules.feel.types import YearsMonths
from app.rules.feel.types import far_parts
from app.rules.feel.types import kind_of

D = decimal.Decimal
_DAY_NANOS = 86_400 * 1_000_000_000
_Operation = Callable[[Any, Any], Any]


def arithmetic(operator: str, left: Any, right: Any) -> Any:
    """Apply ``+ - * / **`` the way FEEL does; null in, null out."""
    if left is None or right is None:
        return None
    if isinstance(left, Far) or isinstance(right, Far):
        return _far_arithmetic(operator, left, right)
    operation = _TABLE.get((operator, kind_of(left), kind_of(right)))
    if operation is None:
        raise FeelError(f"cannot apply '{operator}' to {kind_of(left)} and {kind_of(right)}")
    return operation(left, right)


def _far_arithmetic(operator: str, left: Any, right: Any) -> Any:
    """Arithmetic on dates whose years Python cannot hold: on their shifted twins, then shifted back."""
    (left_cycles, near_left), (right_cycles, near_right) = far_parts(left), far_parts(right)
    operation = _TABLE.get((operator, kind_of(near_left), kind_of(near_right)))
    if operation is None:
        raise FeelError(f"cannot apply '{operator}' to {kind_of(left)} and {kind_of(right)}")
    result = operation(near_left, near_right)
    if isinstance(result, dt.timedelta) and isinstance(near_left, dt.date) and isinstance(near_right, dt.date):
        return duration_of(span_nanos(result) + (left_cycles - right_cycles) * CYCLE_DAYS * _DAY_NANOS)
    return temporal.normalize(result, left_cycles or right_cycles)


def negate(value: Any) -> Any:
    """Unary minus on a number or a duration."""
    if value is None:
        return None
    if isinstance(value, D):
        return -value
    if isinstance(value, dt.timedelta):
        return duration_of(-span_nanos(value))
    if isinstance(value, YearsMonths):
        return YearsMonths(-value.months)
    raise FeelError(f"cannot negate {kind_of(value)}")


def _divide(left: D, right: D) -> D:
    if not right:
        raise FeelError("division by zero")
    return NUMBERS.divide(left, right)


def _at_midnight(value: dt.date, utc: bool = False) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time(), tzinfo=dt.UTC if utc else None)


def _date_shift(value: dt.date, delta: dt.timedelta) -> dt.date:
    shifted = moved(_at_midnight(value), delta)
    return shifted if isinstance(value, dt.datetime) else shifted.date()


def _difference(left: dt.date, right: dt.date) -> dt.timedelta:
    """Dates and dates-and-times: a date beside a date and time is its midnight UTC (DMN 1.4)."""
    mixed = isinstance(left, dt.datetime) != isinstance(right, dt.datetime)
    later, earlier = _at_midnight(left, mixed), _at_midnight(right, mixed)
    if (later.tzinfo is None) != (earlier.tzinfo is None):
        raise FeelError("cannot subtract a date and time with a time zone and one without")
    return between(later, earlier)


def _time_shift(value: dt.time, delta: dt.timedelta) -> dt.time:
    shifted = moved(_on_a_day(value), delta)
    return with_nanos(shifted.timetz(), nanos_of(shifted))


def _time_difference(left: dt.time, right: dt.time) -> dt.timedelta:
    return _difference(_on_a_day(left), _on_a_day(right))


def _on_a_day(value: dt.time) -> dt.datetime:
    return with_nanos(dt.datetime.combine(dt.date(2000, 1, 1), value), nanos_of(value))


def _scale(delta: dt.timedelta, factor: D) -> dt.timedelta:
    return temporal.from_seconds(NUMBERS.multiply(temporal.to_seconds(delta), factor))


def _scale_months(months: YearsMonths, factor: D) -> YearsMonths:
    return YearsMonths(int(NUMBERS.multiply(D(months.months), factor).to_integral_value(decimal.ROUND_DOWN)))


_NUM, _STR, _DATE, _DT, _TIME = "number", "string", "date", "date and time", "time"
_DTD, _YMD = "days and time duration", "years and months duration"

_TABLE: dict[tuple[str, str, str], _Operation] = {
    ("+", _NUM, _NUM): NUMBERS.add,
    ("-", _NUM, _NUM): NUMBERS.subtract,
    ("*", _NUM, _NUM): NUMBERS.multiply,
    ("/", _NUM, _NUM): _divide,
    ("**", _NUM, _NUM): NUMBERS.power,
    ("+", _STR, _STR): lambda a, b: a + b,
    ("+", _DTD, _DTD): lambda a, b: duration_of(span_nanos(a) + span_nanos(b)),
    ("-", _DTD, _DTD): lambda a, b: duration_of(span_nanos(a) - span_nanos(b)),
    ("+", _YMD, _YMD): lambda a, b: YearsMonths(a.months + b.months),
    ("-", _YMD, _YMD): lambda a, b: YearsMonths(a.months - b.months),
    ("*", _DTD, _NUM): _scale,
    ("*", _NUM, _DTD): lambda a, b: _scale(b, a),
    ("/", _DTD, _NUM): lambda a, b: _scale(a, _divide(D(1), b)),
    ("/", _DTD, _DTD): lambda a, b: _divide(temporal.to_seconds(a), temporal.to_seconds(b)),
    ("*", _YMD, _NUM): _scale_months,
    ("*", _NUM, _YMD): lambda a, b: _scale_months(b, a),
    ("/", _YMD, _NUM): lambda a, b: _scale_months(a, _divide(D(1), b)),
    ("/", _YMD, _YMD): lambda a, b: _divide(D(a.months), D(b.months)),
    ("+", _TIME, _DTD): _time_shift,
    ("+", _DTD, _TIME): lambda a, b: _time_shift(b, a),
    ("-", _TIME, _DTD): lambda a, b: _time_shift(a, negate(b)),
    ("-", _TIME, _TIME): _time_difference,
    **{key: operation for kind in (_DATE, _DT) for key, operation in (
        (("+", kind, _DTD), _date_shift),
        (("+", _DTD, kind), lambda a, b: _date_shift(b, a)),
        (("-", kind, _DTD), lambda a, b: _date_shift(a, negate(b))),
        (("+", kind, _YMD), lambda a, b: temporal.add_months(a, b.months)),
        (("+", _YMD, kind), lambda a, b: temporal.add_months(b, a.months)),
        (("-", kind, _YMD), lambda a, b: temporal.add_months(a, -b.months)),
    )},
    **{("-", left, right): _difference for left in (_DATE, _DT) for right in (_DATE, _DT)},
}
