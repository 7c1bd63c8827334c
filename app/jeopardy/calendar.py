"""SLA clocks: time that runs around the clock, or only in business hours.

The ``jeopardy_sla`` decision gives each kind of work its durations and, in an optional ``clock`` output, the
clock they run on: ``24x7`` (the default) or ``business``. On the business clock a duration's days are business
days (``P1W`` counts seven, write ``P5D`` for a working week), each as long as the business is open in a day, and its
hours, minutes and seconds are working time, counted only while the business is open
(``BUSINESS_HOURS``: time zone, week days, opening hours, holidays; plus the closure days stored in
``closure_days``, added in the browser or the API: app/jeopardy/closures.py). Work opened at night or on a holiday
starts its clock at the next opening; a due time falls within opening hours. (A business day of working time from 10:00
ends at 10:00 the next business day; from the opening, at that day's closing.)
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import replace
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo
from zoneinfo import ZoneInfoNotFoundError

import isodate
from flask import current_app
from sqlalchemy import select

from app.config import ConfigError
from app.database import utcnow
from app.extensions import db
from app.jeopardy.models import ClosureDay
from app.shared_cache import cached

CLOCKS = ("24x7", "business")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MAX_BUSINESS_DAYS = 3660  # ten years of business days: longer SLAs are not watched (each day is a step)
MAX_HOLIDAYS = 1000
EXTENSION = "ordra_business_calendar"  # app.extensions: the calendar parsed from BUSINESS_HOURS at start-up
MAX_CLOSURE_DAYS = MAX_HOLIDAYS  # stored closure days, besides the configured holidays


@dataclass(frozen=True)
class BusinessCalendar:
    zone: ZoneInfo
    weekdays: frozenset[int]  # date.weekday(): Monday 0
    opens: time
    closes: time
    holidays: frozenset[date]

    def is_business_day(self, day: date) -> bool:
        return day.weekday() in self.weekdays and day not in self.holidays

    def opening(self, day: date) -> datetime:
        return datetime.combine(day, self.opens, tzinfo=self.zone)

    def closing(self, day: date) -> datetime:
        return datetime.combine(day, self.closes, tzinfo=self.zone)

    @property
    def day_length(self) -> timedelta:
        """The working time of one business day (a day of a duration on the business clock)."""
        return datetime.combine(date.min, self.closes) - datetime.combine(date.min, self.opens)

    def describe(self, today: date, holidays_shown: int = 5) -> str:
        """The hours in words, with the next holidays: "Mon–Fri 09:00–17:00 (Europe/London); closed 2026-12-25"."""
        days = [WEEKDAYS[index] for index in sorted(self.weekdays)]
        run = f"{days[0]}–{days[-1]}" if len(days) > 2 and len(days) == _days_span(self.weekdays) else ", ".join(days)
        coming = sorted(day for day in self.holidays if day >= today)[:holidays_shown]
        closed = f"; closed {', '.join(day.isoformat() for day in coming)}" if coming else ""
        return f"{run} {self.opens:%H:%M}–{self.closes:%H:%M} ({self.zone.key}){closed}"

    def next_business_day(self, day: date, step: int = 1) -> date:
        """The nearest business day after ``day`` (``step`` -1: before it). The calendar has one each week at
        least, and at most ``MAX_HOLIDAYS`` holidays, so this ends."""
        day += timedelta(days=step)
        while not self.is_business_day(day):
            day += timedelta(days=step)
        return day


def _days_span(weekdays: frozenset[int]) -> int:
    """How many days from the first to the last of ``weekdays`` (Monday first): their count when they run on."""
    return max(weekdays) - min(weekdays) + 1


@dataclass(frozen=True)
class SlaSpan:
    """A duration of an SLA on its clock: wall time around the clock, working time on the business clock."""

    length: timedelta
    clock: str = "24x7"

    @classmethod
    def parse(cls, value: Any, clock: str = "24x7") -> SlaSpan | None:
        """An ISO 8601 duration (``PT4H``, ``P2D``, ``P1M``; months and years as long as they are from now) on
        ``clock``; None when it is not one, is negative, or is too long to count on the business clock."""
        text = str(value).strip().upper()
        date_part, _, time_part = text.partition("T")
        if not text.startswith("P") or (date_part == "P" and not time_part):
            return None
        try:  # apart: on the business clock a day is a business day, PT48H 48 working hours
            days = _length(date_part).days if date_part != "P" else 0
            working = _length("PT" + time_part) if time_part else timedelta(0)
        except (isodate.ISO8601Error, ValueError):
            return None
        if clock == "business":
            if days > MAX_BUSINESS_DAYS or working > timedelta(days=MAX_BUSINESS_DAYS):
                return None
            length = days * configured_calendar().day_length + working  # (closure days: no matter)
        else:
            length = timedelta(days=days) + working
        return cls(length, clock) if days >= 0 and working >= timedelta(0) else None

    def after(self, start: datetime, on: BusinessCalendar | None = None) -> datetime:
        """When this span, begun at ``start``, ends (on the business clock: by the calendar in effect, or ``on``)."""
        if self.clock != "business":
            return start + self.length
        return _business_after(on or calendar(), start, self.length)

    def before(self, end: datetime, on: BusinessCalendar | None = None) -> datetime:
        """When this span must begin to end at ``end`` (on the business clock: by the calendar in effect, or ``on``)."""
        if self.clock != "business":
            return end - self.length
        return _business_before(on or calendar(), end, self.length)

    def minus(self, other: SlaSpan) -> SlaSpan:
        """What is left of this span after ``other`` (on this span's clock; none left: zero)."""
        return SlaSpan(max(self.length - other.length, timedelta(0)), self.clock)


def time_left(clock: str, now: datetime, due: datetime) -> timedelta:
    """What is left of an SLA on ``clock`` from ``now`` until ``due``: working time on the business clock (a task
    due on Monday at 10:00 has an hour left on Friday at 16:30); negative, by as much, once it is overdue."""
    if clock != "business":
        return due - now
    if due < now:
        return -_working_between(calendar(), due, now)
    return _working_between(calendar(), now, due)


def _length(text: str) -> timedelta:
    parsed = isodate.parse_duration(text)
    if isinstance(parsed, isodate.Duration):
        parsed = parsed.totimedelta(start=utcnow())
    if not isinstance(parsed, timedelta):
        raise ValueError(text)
    return parsed


def calendar() -> BusinessCalendar:
    """The business calendar in effect: the configured one, closed on the stored closure days too.

    The closure days are read only here, when a computation on the business clock needs them (the shipped SLA
    table runs around the clock, so an order's path reads nothing), and kept by the process across transactions
    until the table changes (app.shared_cache); a transaction that changed them sees its own change."""
    return cached(("business_calendar",), _with_closure_days)


def configured_calendar() -> BusinessCalendar:
    """The calendar ``BUSINESS_HOURS`` sets, without the stored closure days."""
    configured: BusinessCalendar = current_app.extensions[EXTENSION]
    return configured


def _with_closure_days() -> BusinessCalendar:
    configured = configured_calendar()
    stored = frozenset(db.session.scalars(select(ClosureDay.day)))
    return replace(configured, holidays=configured.holidays | stored) if stored else configured


def install(app: Any) -> None:
    """Parse ``BUSINESS_HOURS`` once, at start-up. :raises ConfigError: it is wrong (the message says where)."""
    app.extensions[EXTENSION] = calendar_from_config(app.config["BUSINESS_HOURS"])


def calendar_from_config(settings: Any) -> BusinessCalendar:
    """``{"timezone": "Europe/London", "days": ["Mon", ..., "Fri"], "hours": "09:00-17:30",
    "holidays": ["2026-12-25", ...]}``. :raises ConfigError: a part is missing or wrong."""
    if not isinstance(settings, Mapping):
        raise ConfigError("BUSINESS_HOURS must be an object with timezone, days, hours and holidays")
    unknown = set(settings) - {"timezone", "days", "hours", "holidays"}
    if unknown:
        raise ConfigError(f"BUSINESS_HOURS has unknown setting(s) {', '.join(sorted(unknown))}")
    opens, closes = _hours(settings.get("hours", "09:00-17:00"))
    return BusinessCalendar(_zone(settings.get("timezone", "UTC")), _weekdays(settings.get("days", list(WEEKDAYS[:5]))),
                            opens, closes, _holidays(settings.get("holidays", [])))


def _zone(name: Any) -> ZoneInfo:
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"BUSINESS_HOURS timezone {name!r} is not an IANA time zone (e.g. Europe/London)") from None


def _weekdays(days: Any) -> frozenset[int]:
    if not isinstance(days, list) or not days or any(day not in WEEKDAYS for day in days):
        raise ConfigError(f"BUSINESS_HOURS days must be a list of at least one of {', '.join(WEEKDAYS)}")
    return frozenset(WEEKDAYS.index(day) for day in days)


def _hours(hours: Any) -> tuple[time, time]:
    try:
        opens, closes = (time.fromisoformat(part.strip()) for part in str(hours).split("-"))
    except ValueError:
        raise ConfigError(f"BUSINESS_HOURS hours must be like 09:00-17:30, not {hours!r}") from None
    if opens >= closes:
        raise ConfigError(f"BUSINESS_HOURS hours {hours!r}: the business must open before it closes, the same day")
    return opens, closes


def _holidays(holidays: Any) -> frozenset[date]:
    if not isinstance(holidays, list) or len(holidays) > MAX_HOLIDAYS:
        raise ConfigError(f"BUSINESS_HOURS holidays must be a list of at most {MAX_HOLIDAYS} dates (YYYY-MM-DD)")
    try:
        return frozenset(date.fromisoformat(str(day)) for day in holidays)
    except ValueError as exc:
        raise ConfigError(f"BUSINESS_HOURS holidays: {exc}") from None


def _business_after(calendar: BusinessCalendar, start: datetime, working: timedelta) -> datetime:
    moment = _open_from(calendar, start.astimezone(calendar.zone))
    while working > calendar.closing(moment.date()) - moment:
        working -= calendar.closing(moment.date()) - moment
        moment = calendar.opening(calendar.next_business_day(moment.date()))
    return (moment + working).astimezone(UTC)


def _business_before(calendar: BusinessCalendar, end: datetime, working: timedelta) -> datetime:
    moment = _open_until(calendar, end.astimezone(calendar.zone))
    while working > moment - calendar.opening(moment.date()):
        working -= moment - calendar.opening(moment.date())
        moment = calendar.closing(calendar.next_business_day(moment.date(), step=-1))
    return (moment - working).astimezone(UTC)


def _working_between(calendar: BusinessCalendar, start: datetime, end: datetime) -> timedelta:
    moment, end = _open_from(calendar, start.astimezone(calendar.zone)), end.astimezone(calendar.zone)
    working = timedelta(0)
    while moment < end:
        closing = calendar.closing(moment.date())
        if end <= closing:
            return working + (end - moment)
        working += closing - moment
        moment = calendar.opening(calendar.next_business_day(moment.date()))
    return working


def _open_from(calendar: BusinessCalendar, moment: datetime) -> datetime:
    """``moment`` if the business is open then, else its next opening (the clock starts there)."""
    day = moment.date()
    if calendar.is_business_day(day) and moment < calendar.closing(day):
        return max(moment, calendar.opening(day))
    return calendar.opening(calendar.next_business_day(day))


def _open_until(calendar: BusinessCalendar, moment: datetime) -> datetime:
    """``moment`` if the business is open then, else when it last closed."""
    day = moment.date()
    if calendar.is_business_day(day) and moment > calendar.opening(day):
        return min(moment, calendar.closing(day))
    return calendar.closing(calendar.next_business_day(day, step=-1))
