"""Times, dates and times and durations to the nanosecond: FEEL's values hold nine digits of a second's fraction,
Python's six. :class:`FineTime`, :class:`FineDateTime` and :class:`FineDuration` are Python's types with the three
digits past the microsecond; a value with none is Python's own type, so most values never meet these classes.
Digits past the ninth are dropped.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any
from typing import TypeVar
from typing import cast

Value = TypeVar("Value")


class _Nanos:
    """``nanos``, the nanoseconds past the microsecond (0-999) that Python's types stop at, kept in copies."""

    nanos: int

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the nanoseconds
        return with_nanos, (coarse(self), self.nanos)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return self.__reduce__()


class _FineClock(_Nanos):
    """What :class:`FineTime` and :class:`FineDateTime` add to Python's types: the nanoseconds in their text and
    replacements. Python's own methods that build another type (``date()``, ``timetz()``, ``datetime.combine``) drop
    them; the FEEL functions that use those carry them over (``temporal``, ``operators``)."""

    def isoformat(self, *args: Any, **kwargs: Any) -> str:
        if not self.nanos or kwargs.get("timespec", "auto") != "auto":
            return super().isoformat(*args, **kwargs)  # type: ignore[misc,no-any-return]
        text: str = super().isoformat(*args, timespec="microseconds")  # type: ignore[misc]
        return _MICROSECONDS.sub(lambda match: f"{match.group(0)}{self.nanos:03d}", text, count=1)

    def replace(self, *args: Any, **kwargs: Any) -> Any:
        return with_nanos(super().replace(*args, **kwargs), self.nanos)  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, nanos={self.nanos})"


_MICROSECONDS = re.compile(r"\.\d{6}")


class FineTime(_FineClock, dt.time):
    """A FEEL time with nanoseconds (``time("10:15:30.123456789")``)."""

    def __new__(cls, *args: Any, nanos: int = 0, **kwargs: Any) -> FineTime:
        value = super().__new__(cls, *args, **kwargs)
        value.nanos = nanos
        return value


class FineDateTime(_FineClock, dt.datetime):
    """A FEEL date and time with nanoseconds. Python's ``+`` and ``-`` with a ``timedelta`` keep its own (the
    duration's are added by :func:`moved`); the difference of two is :func:`between`'s."""

    def __new__(cls, *args: Any, nanos: int = 0, **kwargs: Any) -> FineDateTime:
        value = super().__new__(cls, *args, **kwargs)
        value.nanos = nanos
        return value

    def __add__(self, other: Any) -> Any:
        return with_nanos(super().__add__(other), self.nanos)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:  # another date and time: Python's timedelta, to the microsecond
        result = super().__sub__(other)
        return with_nanos(result, self.nanos) if isinstance(result, dt.datetime) else result


class FineDuration(_Nanos, dt.timedelta):
    """A days-and-time duration with nanoseconds past its microsecond (0-999: they count up from the rest, as
    ``timedelta``'s microseconds count up from its days). Build one with :func:`duration_of`; Python's arithmetic on
    it drops them, FEEL's operators do not."""

    def __new__(cls, *args: Any, nanos: int = 0, **kwargs: Any) -> FineDuration:
        value = super().__new__(cls, *args, **kwargs)
        value.nanos = nanos
        return value

    def __repr__(self) -> str:
        return f"FineDuration(nanoseconds={span_nanos(self)})"


def span_nanos(value: dt.timedelta) -> int:
    """A duration in nanoseconds."""
    micros = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
    return micros * 1000 + nanos_of(value)


def duration_of(nanoseconds: int) -> dt.timedelta:
    """The duration of ``nanoseconds``: Python's ``timedelta`` when it holds them all.

    :raises OverflowError: beyond ±999,999,999 days (FEEL gives null)."""
    micros, nanos = divmod(nanoseconds, 1000)
    try:
        return with_nanos(dt.timedelta(microseconds=micros), nanos)
    except OverflowError:
        raise OverflowError("a duration holds at most 999,999,999 days") from None


def moved(value: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """A date and time moved by a duration, to the nanosecond."""
    carry, nanos = divmod(nanos_of(value) + nanos_of(delta), 1000)
    result: dt.datetime = coarse(value) + coarse(delta) + dt.timedelta(microseconds=carry)
    return with_nanos(result, nanos)


def between(later: dt.datetime, earlier: dt.datetime) -> dt.timedelta:
    """The duration from one date and time to another, to the nanosecond."""
    return duration_of(span_nanos(coarse(later) - coarse(earlier)) + nanos_of(later) - nanos_of(earlier))


def nanos_of(value: Any) -> int:
    """The nanoseconds past the microsecond of a time or date and time: 0 for most values. A date and time
    whose year Python cannot hold (``types.Far``) has its shifted twin's."""
    return getattr(getattr(value, "shifted", value), "nanos", 0)


def coarse(value: Any) -> Any:
    """A time, date and time or duration as Python's own type, to the microsecond."""
    if isinstance(value, dt.timedelta):
        return dt.timedelta(value.days, value.seconds, value.microseconds)
    if isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, value.hour, value.minute, value.second,
                           value.microsecond, value.tzinfo, fold=value.fold)
    return dt.time(value.hour, value.minute, value.second, value.microsecond, value.tzinfo, fold=value.fold)


def with_nanos(value: Value, nanos: int) -> Value:
    """``value`` (a Python time, date and time or duration) with ``nanos`` past its microsecond; Python's own type
    when there are none. Anything else is returned as it is."""
    if not isinstance(value, (dt.time, dt.datetime, dt.timedelta)) or (not nanos and not isinstance(value, _Nanos)):
        return value
    plain = coarse(value)
    if not nanos:
        return cast(Value, plain)
    if isinstance(plain, dt.timedelta):
        return cast(Value, FineDuration(plain.days, plain.seconds, plain.microseconds, nanos=nanos))
    if isinstance(plain, dt.datetime):
        return cast(Value, FineDateTime(plain.year, plain.month, plain.day, plain.hour, plain.minute, plain.second,
                                        plain.microsecond, plain.tzinfo, fold=plain.fold, nanos=nanos))
    return cast(Value, FineTime(plain.hour, plain.minute, plain.second, plain.microsecond, plain.tzinfo,
                                fold=plain.fold, nanos=nanos))


def duration_text(value: dt.timedelta) -> str:
    """ISO 8601 text of a days-and-time duration, as FEEL prints it (``P1DT2H``, ``-PT30M``)."""
    total = span_nanos(value)
    seconds, fraction = divmod(abs(total), 1_000_000_000)
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    second_text = f"{secs}.{fraction:09d}".rstrip("0") if fraction else str(secs)
    time_part = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + \
                (f"{second_text}S" if secs or fraction else "")
    if not days and not time_part:
        return "PT0S"
    return f"{'-' if total < 0 else ''}P" + (f"{days}D" if days else "") + (f"T{time_part}" if time_part else "")
