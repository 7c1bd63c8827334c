"""FEEL values as Python objects, and FEEL's equality and ordering over them.

The mapping (kept small on purpose, so facts from task data need little conversion):

========================== =====================================================
FEEL type                  Python
========================== =====================================================
number                     ``decimal.Decimal`` (34 digits, half-even: IEEE decimal128)
string / boolean / null    ``str`` / ``bool`` / ``None``
date                       ``datetime.date``
time                       ``datetime.time`` (with or without ``tzinfo``); :class:`FineTime` past the microsecond
date and time              ``datetime.datetime`` (with or without ``tzinfo``); :class:`FineDateTime` likewise
days and time duration     ``datetime.timedelta``; :class:`FineDuration` past the microsecond
years and months duration  :class:`YearsMonths`
list / context             ``list`` / ``dict`` with ``str`` keys
range                      :class:`Range`
function                   :class:`Function`
========================== =====================================================

Equality and ordering return ``None`` (FEEL null) when the operands are of different types, as
FEEL specifies; the caller records a warning.
"""
from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.rules.feel.nanos import duration_text
from app.rules.feel.nanos import nanos_of

NUMBERS = decimal.Context(prec=34, rounding=decimal.ROUND_HALF_EVEN, Emax=6144, Emin=-6143,
                          traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow])


class FeelError(Exception):
    """A FEEL evaluation problem whose FEEL result is null; the message becomes a warning."""


@dataclass(frozen=True, order=True, slots=True)
class YearsMonths:
    """A years-and-months duration, held as a signed number of months."""

    months: int

    def __str__(self) -> str:
        sign, total = ("-" if self.months < 0 else ""), abs(self.months)
        years, months = divmod(total, 12)
        text = (f"{years}Y" if years else "") + (f"{months}M" if months or not years else "")
        return f"{sign}P{text}"


class _Unbounded:
    """The missing end of ``(< 10)`` or ``(>= 5)``: no limit, unlike a null end (``(null..10)``)."""

    def __repr__(self) -> str:
        return "UNBOUNDED"


UNBOUNDED: Any = _Unbounded()


@dataclass(frozen=True, slots=True)
class Range:
    """A FEEL range such as ``[1..10)``; an end that is :data:`UNBOUNDED` has no limit (``< 10``),
    one that is ``None`` is null (membership is then null)."""

    start: Any
    end: Any
    start_included: bool = True
    end_included: bool = True

    def contains(self, value: Any) -> bool | None:
        """FEEL ``value in range``: ``None`` when the value cannot be compared with the ends."""
        if self.start is None or self.end is None:
            return None
        if self.start_included and self.end_included and equal(self.start, self.end) is True:
            return equal(value, self.start)  # (= x): also for values FEEL does not order
        if self.start is not UNBOUNDED:
            low = compare(value, self.start)
            if low is None:
                return None
            if low < 0 or (low == 0 and not self.start_included):
                return False
        if self.end is not UNBOUNDED:
            high = compare(value, self.end)
            if high is None:
                return None
            if high > 0 or (high == 0 and not self.end_included):
                return False
        return True

    def __str__(self) -> str:
        if self.start is UNBOUNDED or self.end is UNBOUNDED:
            end = self.end if self.start is UNBOUNDED else self.start
            operator = ("<" if self.start is UNBOUNDED else ">") + ("=" if self.start_included and
                                                                 self.end_included else "")
            return f"{operator} {to_text(end)}"
        return (f"{'[' if self.start_included else '('}{to_text(self.start)}.."
                f"{to_text(self.end)}{']' if self.end_included else ')'}")


@dataclass(frozen=True, slots=True)
class PointTest:
    """``(= x)`` or ``(!= x)`` as a value (DMN 1.5): ``in`` it means equal, or not equal, to ``value``."""

    value: Any
    negated: bool = False

    def __str__(self) -> str:
        return f"{'!=' if self.negated else '='} {to_text(self.value)}"


@dataclass(frozen=True, slots=True)
class Function:
    """A callable FEEL value: a business knowledge model.

    ``parameters`` names the formal parameters, for invocation with named arguments.
    ``invoke`` receives the evaluated arguments in parameter order and the caller's scope (an
    ``Env``: its warnings and step budget), and raises :class:`FeelError` when the arguments do
    not fit.
    """

    name: str
    parameters: tuple[str, ...]
    invoke: Callable[[list[Any], Any], Any]

    def __str__(self) -> str:
        return f"function {self.name}({', '.join(self.parameters)})"


CYCLE_DAYS = 146_097  # days in 400 Gregorian years: the calendar (leap years, weekdays) repeats


@dataclass(frozen=True, slots=True)
class Far:
    """A date or date and time whose year Python cannot hold (before 1 or after 9999, as FEEL
    allows): the same calendar day and time 400·``cycles`` years away, in ``shifted``."""

    shifted: dt.date  # a date, or a datetime
    cycles: int

    @property
    def year(self) -> int:
        return self.shifted.year + 400 * self.cycles

    @property
    def month(self) -> int:
        return self.shifted.month

    @property
    def day(self) -> int:
        return self.shifted.day

    def __str__(self) -> str:
        return to_text(self)


def far_parts(value: Any) -> tuple[int, Any]:
    """(cycles, Python value) of a date or date and time, far or not."""
    return (value.cycles, value.shifted) if isinstance(value, Far) else (0, value)


def instant(value: Any) -> int:
    """Microseconds from the calendar's origin, offset removed (no offset counts as UTC)."""
    cycles, shifted = far_parts(value)
    days: int = cycles * CYCLE_DAYS + shifted.toordinal()
    if not isinstance(shifted, dt.datetime):
        return days * 86_400_000_000
    offset = shifted.utcoffset() or dt.timedelta(0)
    seconds: int = days * 86_400 + shifted.hour * 3_600 + shifted.minute * 60 + shifted.second
    microseconds: int = shifted.microsecond
    return seconds * 1_000_000 + microseconds - offset // dt.timedelta(microseconds=1)


_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "boolean"), (decimal.Decimal, "number"), (str, "string"),
    (dt.datetime, "date and time"), (dt.date, "date"), (dt.time, "time"),
    (dt.timedelta, "days and time duration"), (YearsMonths, "years and months duration"),
    (list, "list"), (dict, "context"), (Range, "range"), (PointTest, "range"), (Function, "function"),
)
_KIND_OF_TYPE = {cls: name for cls, name in _KINDS} | {type(None): "null"}


def kind_of(value: Any) -> str:
    """Return the FEEL type name of ``value`` (``bool`` before numbers, datetime before date)."""
    kind = _KIND_OF_TYPE.get(type(value))  # the common case: exactly one of the types above
    if kind is not None:
        return kind
    if type(value) is Far:
        return kind_of(value.shifted)
    if callable(getattr(value, "call", None)):  # a built-in passed as a value (sort(xs, max))
        return "function"
    for cls, name in _KINDS:
        if isinstance(value, cls):
            return name
    return type(value).__name__


def _single(value: Any) -> Any:
    """FEEL's "from singleton list" conversion: ``["Bob"]`` where one value is expected is "Bob"."""
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def expect_number(value: Any, what: str = "a number") -> decimal.Decimal:
    """Return ``value`` if it is a FEEL number. :raises FeelError: otherwise."""
    value = _single(value)
    if not isinstance(value, decimal.Decimal):
        raise FeelError(f"expected {what}, got {kind_of(value)}")
    return value


def expect_integer(value: Any) -> int:
    """Return ``value`` as an ``int`` if it is a whole FEEL number. :raises FeelError: otherwise."""
    number = expect_number(value, "an integer")
    if number != number.to_integral_value():
        raise FeelError(f"expected an integer, got {number}")
    return int(number)


def expect_string(value: Any) -> str:
    """Return ``value`` if it is a string. :raises FeelError: otherwise."""
    value = _single(value)
    if not isinstance(value, str):
        raise FeelError(f"expected a string, got {kind_of(value)}")
    return value


def expect_list(value: Any) -> list[Any]:
    """Return ``value`` if it is a list, a single value as the list of it (FEEL's singleton-list
    conversion of arguments). :raises FeelError: for null."""
    if value is None:
        raise FeelError("expected a list, got null")
    return value if isinstance(value, list) else [value]


def integer_part(value: Any) -> int:
    """A number used as a position, length or scale: its integer part (``3.8`` counts as 3)."""
    return int(expect_number(value, "a number"))


def to_feel(value: Any) -> Any:
    """Convert a fact from plain Python (task data, JSON, the TCK) into a FEEL value.

    ``int``/``float`` become ``Decimal`` (floats through their shortest repr, so ``0.1`` stays
    ``0.1``), tuples become lists, mappings become dicts with ``str`` keys.

    :raises FeelError: for a value with no FEEL counterpart (NaN, infinity, arbitrary objects).
    """
    if value is None or isinstance(value, (bool, str, decimal.Decimal, dt.date, dt.time,
                                           dt.timedelta, YearsMonths, Range, Function, Far)):
        return value
    if isinstance(value, int):
        return decimal.Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise FeelError(f"{value} is not a FEEL number")
        return decimal.Decimal(repr(value))
    if isinstance(value, (list, tuple)):
        return [to_feel(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): to_feel(item) for key, item in value.items()}
    raise FeelError(f"a value of type '{type(value).__name__}' has no FEEL counterpart")


def equal(left: Any, right: Any) -> bool | None:
    """FEEL ``=``: null equals only null; values of different types are not comparable (null)."""
    if left is None or right is None:
        return left is None and right is None
    kind = kind_of(left)
    if kind != kind_of(right):
        return None
    if kind == "list":
        return _all_equal(left, right) if len(left) == len(right) else False
    if kind == "context":
        if left.keys() != right.keys():
            return False
        return _all_equal([left[key] for key in left], [right[key] for key in left])
    if kind in ("date and time", "time", "date", "days and time duration"):  # nanoseconds past Python's too
        return compare(left, right) == 0
    return bool(left == right)


def _all_equal(lefts: list[Any], rights: list[Any]) -> bool | None:
    outcome: bool | None = True
    for left, right in zip(lefts, rights):
        same = equal(left, right)
        if same is False:
            return False
        if same is None:
            outcome = None
    return outcome


_ORDERED = frozenset({"number", "string", "date", "date and time", "time",
                      "days and time duration", "years and months duration"})


def compare(left: Any, right: Any) -> int | None:
    """Return -1, 0 or 1 ordering ``left`` against ``right``, or ``None`` when FEEL cannot order them."""
    if left is None or right is None:
        return None
    if type(left) is type(right) and type(left) in (decimal.Decimal, str):
        return int(left > right) - int(left < right)  # the common case, without the type dispatch
    kind = kind_of(left)
    if kind != kind_of(right) or kind not in _ORDERED:
        return None
    nanos = nanos_of(left), nanos_of(right)  # what orders two values equal to the microsecond
    if isinstance(left, Far) or isinstance(right, Far):
        left, right = instant(left), instant(right)
    elif kind == "date and time":
        left, right = _comparable_datetimes(left, right)
    elif kind == "time":
        left, right = _comparable_datetimes(_time_on_epoch(left), _time_on_epoch(right))
    return int((left, nanos[0]) > (right, nanos[1])) - int((left, nanos[0]) < (right, nanos[1]))


def _comparable_datetimes(left: dt.datetime, right: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    # Python refuses to order naive against aware values; FEEL leaves it to the implementation.
    # Ordra reads a value without an offset as UTC, the convention of its order data.
    if (left.tzinfo is None) != (right.tzinfo is None):
        left = left if left.tzinfo else left.replace(tzinfo=dt.UTC)
        right = right if right.tzinfo else right.replace(tzinfo=dt.UTC)
    return left, right


def _time_on_epoch(value: dt.time) -> dt.datetime:
    return dt.datetime.combine(dt.date(2000, 1, 1), value)


def to_text(value: Any) -> str:
    """FEEL ``string(value)``: the text FEEL gives a value (numbers without exponent)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, decimal.Decimal):
        return number_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, Far):
        year = value.year
        return f"{'-' if year < 0 else ''}{abs(year):04d}" + to_text(value.shifted)[4:]
    if isinstance(value, (dt.datetime, dt.time)):
        return _clock_text(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return duration_text(value)
    if isinstance(value, list):
        return "[" + ", ".join(_quoted(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {_quoted(item)}" for key, item in value.items()) + "}"
    return str(value)


def _clock_text(value: dt.datetime | dt.time) -> str:
    """ISO text as FEEL writes it: fractions without trailing zeros, ``Z`` for UTC, ``@zone`` for a
    named zone (``10:30:00.5@Europe/Paris``)."""
    zone = getattr(value.tzinfo, "key", None)
    text = value.replace(tzinfo=None).isoformat() if isinstance(zone, str) else value.isoformat()
    if value.microsecond or nanos_of(value):
        text = _FRACTION_ZEROS.sub(r"\1", text, count=1)
    if isinstance(zone, str):
        return f"{text}@{zone}"
    return text[:-6] + "Z" if value.tzinfo is dt.UTC and text.endswith("+00:00") else text


# trailing zeros of the fraction only: "59.999999+02:00" keeps its offset's zeros
_FRACTION_ZEROS = re.compile(r"(\.\d*?)0+(?=$|[+-]\d\d:\d\d$)")


def _quoted(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else to_text(value)


def feel_number(value: decimal.Decimal, text: str) -> decimal.Decimal:
    """``value`` (read from ``text``) within decimal128: 1e999999999 made a billion-digit integer whenever it was
    written out or rounded (one C call no step budget stops). :raises FeelError: beyond it."""
    if value.is_finite() and value.adjusted() > NUMBERS.Emax:
        raise FeelError(f"{text} is beyond FEEL's number range (decimal128, up to 1e{NUMBERS.Emax + 1})")
    return value


def number_text(value: decimal.Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros (``1.50`` → ``1.5``)."""
    if value == value.to_integral_value():  # not str(int()): Python writes no integer over 4,300 digits
        return format(feel_number(value, str(value)).to_integral_value(), "f") if value else "0"
    return format(value.normalize(NUMBERS), "f")
