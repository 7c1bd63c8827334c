"""Dates, times and durations: parsing FEEL's string forms, arithmetic and component access.

Every function raises :class:`FeelError` for input FEEL would turn into null; callers convert.
"""
from __future__ import annotations

import calendar
import datetime as dt
import decimal
import re
import zoneinfo
from typing import Any
from typing import TypeVar

from app.rules.feel.nanos import duration_of
from app.rules.feel.nanos import nanos_of
from app.rules.feel.nanos import span_nanos
from app.rules.feel.nanos import with_nanos
from app.rules.feel.types import NUMBERS
from app.rules.feel.types import Far
from app.rules.feel.types import FeelError
from app.rules.feel.types import YearsMonths
from app.rules.feel.types import expect_integer
from app.rules.feel.types import expect_number
from app.rules.feel.types import far_parts
from app.rules.feel.types import kind_of

_DURATION = re.compile(r"(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?"
                       r"(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d*)?)S)?)?")
_DATE = re.compile(r"(-?(?:[1-9]\d{4,8}|\d{4}))-(\d\d)-(\d\d)")  # XML Schema: no leading zero past 4 digits
_ZONE_ID = re.compile(r"(.*)@([A-Za-z_]+(?:/[A-Za-z_+\-0-9]+)*)")
_PAST_MICROSECONDS = re.compile(r"\.\d{6}(\d{1,3})")  # the fraction's digits 7-9 (Python reads six; FEEL, nine)
_BILLION = decimal.Decimal(1_000_000_000)  # nanoseconds in a second

TimeT = TypeVar("TimeT", dt.time, dt.datetime)


def parse_date(text: str) -> Any:
    """``date("2024-01-31")``: an ISO calendar date, nothing more; years beyond 1..9999 (and
    negative ones) give a :class:`Far` date."""
    match = _DATE.fullmatch(text)
    if not match:
        raise FeelError(f'"{text}" is not a date (expected YYYY-MM-DD)')
    cycles, shifted_year = shift_year(int(match.group(1)))
    try:
        return normalize(dt.date(shifted_year, int(match.group(2)), int(match.group(3))), cycles)
    except ValueError:
        raise FeelError(f'"{text}" is not a valid date') from None


def shift_year(year: int) -> tuple[int, int]:
    """(cycles, a year Python holds) for any year: the same calendar 400·cycles years away."""
    if 1 <= year <= 9999:
        return 0, year
    if abs(year) > 999_999_999:
        raise FeelError(f"the year {year} is outside FEEL's range (±999,999,999)")
    cycles = (year - 2000) // 400
    return cycles, year - 400 * cycles


def normalize(value: Any, cycles: int) -> Any:
    """A Python date or datetime ``400·cycles`` years away from ``value``: a plain value when
    Python can hold it, else a :class:`Far` one."""
    if isinstance(value, Far):  # arithmetic on a far date's twin that went far again
        value, cycles = value.shifted, value.cycles + cycles
    if not cycles:
        return value
    year = value.year + 400 * cycles
    if 1 <= year <= 9999:
        return value.replace(year=year)
    again, shifted_year = shift_year(year)
    return Far(value.replace(year=shifted_year), again)


def parse_time(text: str) -> dt.time:
    """``time("13:45:00")``, with an optional offset (``Z``, ``+01:00``) or zone id (``@Europe/Paris``)."""
    body, zone = _split_zone(text)
    try:
        value = with_nanos(dt.time.fromisoformat(body), _nanos_in(body))
    except ValueError:
        raise FeelError(f'"{text}" is not a time (expected hh:mm:ss)') from None
    if zone is not None and value.tzinfo is not None:
        raise FeelError(f'"{text}" gives both an offset and a time zone')
    return _zoned(value.replace(tzinfo=zone) if zone else value, text, zone)


def _nanos_in(text: str) -> int:
    """The nanoseconds past the microsecond that the fraction of ``text`` gives (digits past the ninth dropped)."""
    match = _PAST_MICROSECONDS.search(text)
    return int(match.group(1).ljust(3, "0")) if match else 0


def _zoned(value: TimeT, text: str, zone: dt.tzinfo | None) -> TimeT:
    """Refuse an offset beyond ±14:00 (XML Schema's range) and an offset given with a zone id."""
    offset = value.utcoffset() if value.tzinfo is not None and not zone else None
    if offset is not None and abs(offset) > dt.timedelta(hours=14):
        raise FeelError(f'"{text}" has an offset beyond ±14:00')
    return value


def parse_date_time(text: str) -> Any:
    """``date and time("2024-01-31T13:45:00Z")``; a bare date means its midnight."""
    if _DATE.fullmatch(text):
        cycles, shifted = far_parts(parse_date(text))
        return normalize(dt.datetime.combine(shifted, dt.time()), cycles)
    body, zone = _split_zone(text)
    if "T" not in body:
        raise FeelError(f'"{text}" is not a date and time (expected YYYY-MM-DDThh:mm:ss)')
    day, _, clock = body.partition("T")
    day_match = _DATE.fullmatch(day)
    if not day_match:
        raise FeelError(f'"{text}" is not a valid date and time')
    cycles, shifted_year = shift_year(int(day_match.group(1)))
    day = f"{shifted_year:04d}-{day_match.group(2)}-{day_match.group(3)}"
    body = f"{day}T{clock}"
    next_day = clock.startswith("24:00:00") and not clock[8:].lstrip(".0").startswith(tuple("123456789"))
    if next_day:  # 24:00:00 is the midnight that ends the day (ISO 8601)
        body = f"{day}T00:00:00{clock[8:].lstrip('.0')}"
    try:
        value = with_nanos(dt.datetime.fromisoformat(body), _nanos_in(clock))
    except ValueError:
        raise FeelError(f'"{text}" is not a valid date and time') from None
    if next_day:
        value += dt.timedelta(days=1)
    if zone is not None and value.tzinfo is not None:
        raise FeelError(f'"{text}" gives both an offset and a time zone')
    return normalize(_zoned(value.replace(tzinfo=zone) if zone else value, text, zone), cycles)


def _split_zone(text: str) -> tuple[str, dt.tzinfo | None]:
    match = _ZONE_ID.fullmatch(text)
    if not match:
        return text, None
    try:
        return match.group(1), zoneinfo.ZoneInfo(match.group(2))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise FeelError(f'"{match.group(2)}" is not a known time zone') from None


def parse_duration(text: str) -> dt.timedelta | YearsMonths:
    """``duration("P1DT2H")`` → timedelta; ``duration("P1Y2M")`` → :class:`YearsMonths`.

    FEEL keeps the two kinds apart, so a duration mixing years/months with days/time is refused.
    """
    match = _DURATION.fullmatch(text)
    if not match or text.rstrip("T").endswith("P") or text.endswith("T"):
        raise FeelError(f'"{text}" is not an ISO 8601 duration')
    sign, years, months, days, hours, minutes, seconds = match.groups()
    negative = -1 if sign else 1
    if years or months:
        if days or hours or minutes or seconds:
            raise FeelError(f'"{text}" mixes years/months with days/time, which FEEL does not allow')
        return YearsMonths(negative * (int(years or 0) * 12 + int(months or 0)))
    whole = ((int(days or 0) * 24 + int(hours or 0)) * 60 + int(minutes or 0)) * 60
    fraction = int(decimal.Decimal(seconds or 0) * _BILLION)  # digits past the ninth dropped
    return duration_of(negative * (whole * 1_000_000_000 + fraction))


def months_between(start: dt.date, end: dt.date) -> YearsMonths:
    """``years and months duration(from, to)``: whole months from ``start`` to ``end``."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and end.day < start.day:  # whole months by the calendar dates; the time of day does not count
        months -= 1
    elif months < 0 and end.day > start.day:
        months += 1
    return YearsMonths(months)


def add_months(value: dt.date, months: int) -> Any:
    """Shift a date (or date and time) by calendar months, clamping the day (Jan 31 + 1M = Feb 29); a year
    Python cannot hold gives a :class:`Far` date (it raised Python's ValueError, a 500)."""
    total = value.year * 12 + value.month - 1 + months
    year, month = divmod(total, 12)
    cycles, shifted_year = shift_year(year)  # FeelError beyond ±999,999,999
    day = min(value.day, calendar.monthrange(shifted_year, month + 1)[1])
    return normalize(value.replace(year=shifted_year, month=month + 1, day=day), cycles)


def to_seconds(value: dt.timedelta) -> decimal.Decimal:
    """A days-and-time duration as a number of seconds, exactly."""
    return NUMBERS.divide(decimal.Decimal(span_nanos(value)), _BILLION)


def from_seconds(seconds: decimal.Decimal) -> dt.timedelta:
    """The inverse of :func:`to_seconds`, to the nanosecond."""
    return duration_of(int(NUMBERS.multiply(seconds, _BILLION).to_integral_value()))


def make_date(*values: Any) -> Any:
    """FEEL ``date(from)`` and ``date(year, month, day)``."""
    if len(values) == 3:
        year, month, day = (expect_integer(value) for value in values)
        cycles, shifted_year = shift_year(year)
        try:
            return normalize(dt.date(shifted_year, month, day), cycles)
        except ValueError as exc:
            raise FeelError(str(exc)) from None
    (source,) = values
    if isinstance(source, str):
        return parse_date(source)
    cycles, shifted = far_parts(source)
    if isinstance(shifted, dt.date):
        return normalize(shifted.date() if isinstance(shifted, dt.datetime) else shifted, cycles)
    raise FeelError(f"cannot make a date from {kind_of(source)}")


def make_time(*values: Any) -> dt.time:
    """FEEL ``time(from)`` and ``time(hour, minute, second, offset?)``."""
    if len(values) >= 3:
        second = expect_number(values[2])
        offset = values[3] if len(values) == 4 else None
        zone = dt.timezone(offset) if isinstance(offset, dt.timedelta) else None
        nanos = int((second - int(second)) * 1_000_000_000)
        try:
            return with_nanos(dt.time(expect_integer(values[0]), expect_integer(values[1]), int(second),
                                      nanos // 1000, tzinfo=zone), nanos % 1000)
        except ValueError as exc:
            raise FeelError(str(exc)) from None
    (source,) = values
    if isinstance(source, str):
        return parse_time(source)
    if isinstance(source, dt.datetime):
        return with_nanos(source.timetz(), nanos_of(source))
    if isinstance(source, dt.date):
        return dt.time(tzinfo=dt.UTC)  # a date is its midnight UTC
    if isinstance(source, dt.time):
        return source
    raise FeelError(f"cannot make a time from {kind_of(source)}")


def make_date_time(*values: Any) -> Any:
    """FEEL ``date and time(from)`` and ``date and time(date, time)``."""
    if len(values) == 2:
        cycles, day = far_parts(values[0])
        time = values[1]
        if not isinstance(day, dt.date) or not isinstance(time, dt.time):
            raise FeelError("expected a date and a time")
        combined = dt.datetime.combine(day.date() if isinstance(day, dt.datetime) else day, time)
        return normalize(with_nanos(combined, nanos_of(time)), cycles)
    (source,) = values
    if isinstance(source, str):
        return parse_date_time(source)
    cycles, shifted = far_parts(source)
    if isinstance(shifted, dt.datetime):
        return source
    if isinstance(shifted, dt.date):
        return normalize(dt.datetime.combine(shifted, dt.time()), cycles)
    raise FeelError(f"cannot make a date and time from {kind_of(source)}")


def years_and_months(start: Any, end: Any) -> YearsMonths:
    """FEEL ``years and months duration(from, to)``."""
    if not isinstance(far_parts(start)[1], dt.date) or not isinstance(far_parts(end)[1], dt.date):
        raise FeelError("expected two dates")
    return months_between(start, end)


def expect_date(value: Any) -> dt.date:
    """Return ``value`` if it is a date (or date and time); a far one as its shifted twin, which
    has the same weekday, day of year and week. :raises FeelError: otherwise."""
    value = far_parts(value)[1]
    if not isinstance(value, dt.date):
        raise FeelError(f"expected a date, got {kind_of(value)}")
    return value


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def component(value: Any, key: str) -> Any:
    """Property access on temporal values (``d.year``, ``t.hour``, ``duration.days``)."""
    if isinstance(value, Far):
        return _n(value.year) if key == "year" else component(value.shifted, key)
    for cls in type(value).__mro__:
        getter = _COMPONENTS.get((cls, key))
        if getter is not None:
            return getter(value)
    raise FeelError(f"a {type(value).__name__} has no property '{key}'")


def _n(value: int) -> decimal.Decimal:
    return decimal.Decimal(value)


def _second(value: dt.time | dt.datetime) -> decimal.Decimal:
    fraction = value.microsecond * 1000 + nanos_of(value)
    return _n(value.second) + NUMBERS.divide(_n(fraction), _n(1_000_000_000)) if fraction else _n(value.second)


def _offset(value: dt.time | dt.datetime) -> dt.timedelta | None:
    return value.utcoffset() if value.tzinfo else None


def _zone(value: dt.time | dt.datetime) -> str | None:
    key = getattr(value.tzinfo, "key", None)
    return key if isinstance(key, str) else None


def _signed(value: dt.timedelta, unit: int, modulo: int | None) -> decimal.Decimal:
    total = value.days * 86_400 + value.seconds
    sign = -1 if total < 0 else 1
    amount = abs(total) // unit
    return _n(sign * (amount % modulo if modulo else amount))


_COMPONENTS: dict[tuple[type, str], Any] = {
    **{(cls, key): getter for cls in (dt.date, dt.datetime) for key, getter in (
        ("year", lambda v: _n(v.year)), ("month", lambda v: _n(v.month)), ("day", lambda v: _n(v.day)),
        ("weekday", lambda v: _n(v.isoweekday())))},
    **{(cls, key): getter for cls in (dt.time, dt.datetime) for key, getter in (
        ("hour", lambda v: _n(v.hour)), ("minute", lambda v: _n(v.minute)), ("second", _second),
        ("time offset", _offset), ("timezone", _zone))},
    (dt.timedelta, "days"): lambda v: _signed(v, 86_400, None),
    (dt.timedelta, "hours"): lambda v: _signed(v, 3_600, 24),
    (dt.timedelta, "minutes"): lambda v: _signed(v, 60, 60),
    (dt.timedelta, "seconds"): lambda v: _signed(v, 1, 60),
    (YearsMonths, "years"): lambda v: _n(int(v.months / 12)),
    (YearsMonths, "months"): lambda v: _n(v.months - int(v.months / 12) * 12),
}
