"""Times and dates and times to the nanosecond: FEEL's values hold nine digits of a second's fraction, Python's
six. :class:`FineTime` and :class:`FineDateTime` are Python's types with the three digits past the microsecond;
a value with none is Python's own type, so most values never meet these classes.

Durations stay ``datetime.timedelta``, to the microsecond: the nanoseconds of two values drop out of their
difference, and a shift by a duration keeps the value's own.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any
from typing import TypeVar
from typing import cast

Value = TypeVar("Value")


class _Nanos:
    """What :class:`FineTime` and :class:`FineDateTime` add to Python's types, which stop at the microsecond:
    ``nanos``, the nanoseconds past it (0-999), kept in their text, copies and replacements. Python's own
    methods that build another type (``date()``, ``timetz()``, ``datetime.combine``) drop them; the FEEL functions
    that use those carry them over (``temporal``, ``operators``)."""

    nanos: int

    def isoformat(self, *args: Any, **kwargs: Any) -> str:
        if not self.nanos or kwargs.get("timespec", "auto") != "auto":
            return super().isoformat(*args, **kwargs)  # type: ignore[misc,no-any-return]
        text: str = super().isoformat(*args, timespec="microseconds")  # type: ignore[misc]
        return _MICROSECONDS.sub(lambda match: f"{match.group(0)}{self.nanos:03d}", text, count=1)

    def replace(self, *args: Any, **kwargs: Any) -> Any:
        return with_nanos(super().replace(*args, **kwargs), self.nanos)  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, nanos={self.nanos})"

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the nanoseconds
        return with_nanos, (coarse(self), self.nanos)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return self.__reduce__()


_MICROSECONDS = re.compile(r"\.\d{6}")


class FineTime(_Nanos, dt.time):
    """A FEEL time with nanoseconds (``time("10:15:30.123456789")``)."""

    def __new__(cls, *args: Any, nanos: int = 0, **kwargs: Any) -> FineTime:
        value = super().__new__(cls, *args, **kwargs)
        value.nanos = nanos
        return value


class FineDateTime(_Nanos, dt.datetime):
    """A FEEL date and time with nanoseconds; shifted by a duration (which holds microseconds) it keeps them."""

    def __new__(cls, *args: Any, nanos: int = 0, **kwargs: Any) -> FineDateTime:
        value = super().__new__(cls, *args, **kwargs)
        value.nanos = nanos
        return value

    def __add__(self, other: Any) -> Any:
        return with_nanos(super().__add__(other), self.nanos)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:  # another date and time: a duration, to the microsecond
        result = super().__sub__(other)
        return with_nanos(result, self.nanos) if isinstance(result, dt.datetime) else result


def nanos_of(value: Any) -> int:
    """The nanoseconds past the microsecond of a time or date and time: 0 for most values. A date and time
    whose year Python cannot hold (``types.Far``) has its shifted twin's."""
    return getattr(getattr(value, "shifted", value), "nanos", 0)


def coarse(value: Any) -> Any:
    """A time or date and time as Python's own type, to the microsecond."""
    if isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, value.hour, value.minute, value.second,
                           value.microsecond, value.tzinfo, fold=value.fold)
    return dt.time(value.hour, value.minute, value.second, value.microsecond, value.tzinfo, fold=value.fold)


def with_nanos(value: Value, nanos: int) -> Value:
    """``value`` (a Python time or date and time) with ``nanos`` past its microsecond; Python's own type when
    there are none. Anything else is returned as it is."""
    if not isinstance(value, (dt.time, dt.datetime)) or (not nanos and not isinstance(value, _Nanos)):
        return value
    plain = coarse(value)
    if not nanos:
        return cast(Value, plain)
    if isinstance(plain, dt.datetime):
        return cast(Value, FineDateTime(plain.year, plain.month, plain.day, plain.hour, plain.minute, plain.second,
                                        plain.microsecond, plain.tzinfo, fold=plain.fold, nanos=nanos))
    return cast(Value, FineTime(plain.hour, plain.minute, plain.second, plain.microsecond, plain.tzinfo,
                                fold=plain.fold, nanos=nanos))
