"""Closure days: days the business is closed, stored on top of the holidays ``BUSINESS_HOURS`` configures.

Staff see the business hours and every closure day; fulfilment managers and process admins add and remove the
stored ones (the configured holidays change only with the configuration). A change re-times the open work on
the business clock at once, in the same transaction (app/jeopardy/retiming.py), raises the alerts of the work it
puts at risk or late, and is kept in the history of changes (``closure_day_changes``: who, when, what, and how
much work it re-timed and put at risk), which staff see beside the days.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from app.auth.roles import STAFF_ROLES
from app.database import utcnow
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.jeopardy.calendar import MAX_CLOSURE_DAYS
from app.jeopardy.calendar import WEEKDAYS
from app.jeopardy.calendar import BusinessCalendar
from app.jeopardy.calendar import calendar
from app.jeopardy.calendar import configured_calendar
from app.jeopardy.models import ClosureDay
from app.jeopardy.models import ClosureDayChange
from app.jeopardy.retiming import Retimed
from app.jeopardy.retiming import retime_open_work

log = logging.getLogger(__name__)
VIEWERS = STAFF_ROLES
EDITORS = ("fulfillment_manager", "process_admin")
NAME_MAX = 100
DAYS_BACK = 366  # a day the business had to close, recorded afterwards, still re-times the work open across it
YEARS_AHEAD = 10
DAYS_AHEAD = 3653  # ten years
CHANGES_SHOWN = 20  # changes of the history a page (or the API) gives, newest first


@dataclass(frozen=True)
class Closure:
    """A day the business is closed, as the page and the API show it."""

    day: date
    name: str
    configured: bool  # a holiday of BUSINESS_HOURS: changed only there
    added_by: str | None = None
    added_at: datetime | None = None


def closures() -> list[Closure]:
    """Every closure day, the configured holidays and the stored days, by date."""
    stored = db.session.scalars(select(ClosureDay).options(joinedload(ClosureDay.added_by)).order_by(ClosureDay.day))
    days = [Closure(row.day, row.name, False, row.added_by.username if row.added_by else None, row.added_at)
            for row in stored]
    days += [Closure(day, "Holiday (configuration)", True) for day in configured_calendar().holidays]
    return sorted(days, key=lambda closure: closure.day)


def add(day: Any, name: Any, *, actor_id: int | None,
        today: date | None = None) -> tuple[ClosureDay, ClosureDayChange]:
    """Store a closure day, re-time the open work it moves (raising the alerts of work it puts at risk) and keep the
    change in the history; return the day and the change (how many watches moved, how many are now at risk).

    :raises Invalid: field ``date``: not a date, too far back or ahead, a closure day already, or not a business
        day anyway; field ``name``: empty or longer than ``NAME_MAX``.
    """
    errors = _name_errors(name)
    parsed = _parse_day(day, errors)
    if parsed is not None:
        _check_new_day(parsed, today or utcnow().date(), errors)
    if errors or parsed is None:
        raise Invalid(errors=errors)
    closure = ClosureDay(day=parsed, name=str(name).strip(), added_by_id=actor_id, added_at=utcnow())
    db.session.add(closure)
    _flush_unless_raced(parsed)
    change = _record(parsed, closure.name, "added", actor_id, retime_open_work(parsed, added=True))
    return closure, change


def remove(day: Any, *, actor_id: int | None) -> ClosureDayChange:
    """Remove a stored closure day, re-time the open work it moves (raising the alerts of work it puts at risk or
    late) and keep the change in the history; return the change.

    :raises NotFound: ``day`` is no stored closure day (a configured holiday is changed in the configuration).
    """
    parsed = _parse_day(day, [])
    closure = db.session.scalar(select(ClosureDay).where(ClosureDay.day == parsed)) if parsed else None
    if parsed is None or closure is None:
        configured = parsed is not None and parsed in configured_calendar().holidays
        raise NotFound(f"{day} is a holiday of the configuration (ORDRA_BUSINESS_HOURS): change it there"
                       if configured else f"no closure day {day}")
    db.session.delete(closure)
    db.session.flush()
    return _record(parsed, closure.name, "removed", actor_id, retime_open_work(parsed, added=False))


def _record(day: date, name: str, change: str, actor_id: int | None, retimed: Retimed) -> ClosureDayChange:
    """Keep a change in the history, in its transaction (a change refused or rolled back leaves none)."""
    row = ClosureDayChange(day=day, name=name, change=change, actor_id=actor_id, at=utcnow(),
                           retimed=retimed.moved, now_at_risk=retimed.now_at_risk)
    db.session.add(row)
    db.session.flush()
    log.info("closure day %s (%s) %s by user %s: %d watches re-timed, %d now at risk or late", day, name, change,
             actor_id, retimed.moved, retimed.now_at_risk)
    return row


def changes(offset: int = 0, limit: int = CHANGES_SHOWN) -> list[ClosureDayChange]:
    """A page of the history of changes, newest first."""
    return list(db.session.scalars(select(ClosureDayChange).options(joinedload(ClosureDayChange.actor))
                                   .order_by(ClosureDayChange.id.desc()).offset(offset).limit(limit)))


def count_changes() -> int:
    return db.session.scalar(select(func.count(ClosureDayChange.id))) or 0


def actor_name(change: ClosureDayChange) -> str | None:
    """Who made the change as people know them: the display name, with the username beside it."""
    actor = change.actor
    if actor is None:
        return None
    return f"{actor.display_name} ({actor.username})" if actor.display_name else actor.username


def _flush_unless_raced(day: date) -> None:
    """Flush the new day; when a concurrent request stored the same day first, the unique constraint refuses it and
    the unit of work is rolled back whole (on SQLite a first savepoint's release would commit)."""
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise Invalid(errors=[{"field": "date", "message": f"{day.isoformat()} is a closure day already"}]) from None


def _name_errors(name: Any) -> list[dict[str, Any]]:
    text = name.strip() if isinstance(name, str) else ""
    if not text:
        return [{"field": "name", "message": "a name is required (e.g. Christmas Eve)"}]
    if len(text) > NAME_MAX:
        return [{"field": "name", "message": f"at most {NAME_MAX} characters"}]
    return []


def _parse_day(value: Any, errors: list[dict[str, Any]]) -> date | None:
    """``value`` as a date (YYYY-MM-DD); None, with an error for field ``date``, when it is not one."""
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    errors.append({"field": "date", "message": "must be a date, YYYY-MM-DD"})
    return None


def _check_new_day(day: date, today: date, errors: list[dict[str, Any]]) -> None:
    problem = _day_problem(day, today, configured_calendar())
    if problem:
        errors.append({"field": "date", "message": problem})


def _day_problem(day: date, today: date, configured: BusinessCalendar) -> str | None:
    if not today - timedelta(days=DAYS_BACK) <= day <= today + timedelta(days=DAYS_AHEAD):
        return f"must be within a year back and {YEARS_AHEAD} years ahead"
    existing = db.session.scalar(select(ClosureDay.name).where(ClosureDay.day == day))
    if existing is not None:
        return f"{day.isoformat()} is a closure day already ({existing})"
    if day in configured.holidays:
        return f"{day.isoformat()} is a holiday in the configuration already: not a business day anyway"
    if day.weekday() not in configured.weekdays:
        return f"{day:%A} {day.isoformat()} is not a business day anyway (open {configured.describe(day, 0)})"
    if (db.session.scalar(select(func.count(ClosureDay.id))) or 0) >= MAX_CLOSURE_DAYS:
        return f"at most {MAX_CLOSURE_DAYS} closure days are kept: remove past ones first"
    return None


def calendar_json(today: date | None = None, changes_offset: int = 0) -> dict[str, Any]:
    """The business hours, the closure days and a page of the history of changes (newest first), for the API."""
    configured = configured_calendar()
    return {
        "timezone": configured.zone.key, "days": [WEEKDAYS[index] for index in sorted(configured.weekdays)],
        "hours": f"{configured.opens:%H:%M}-{configured.closes:%H:%M}",
        "description": calendar().describe(today or utcnow().date()),
        "closure_days": [closure_json(closure) for closure in closures()],
        "changes": [change_json(change) for change in changes(changes_offset)],
        "changes_total": count_changes(),
    }


def change_json(change: ClosureDayChange) -> dict[str, Any]:
    """A change of the history for the API; ``by`` is the username, ``by_name`` the display name."""
    return {"date": change.day.isoformat(), "name": change.name, "change": change.change,
            "by": change.actor.username if change.actor else None,
            "by_name": (change.actor.display_name or None) if change.actor else None,
            "at": change.at.isoformat(), "retimed": change.retimed, "now_at_risk": change.now_at_risk}


def closure_json(closure: Closure | ClosureDay) -> dict[str, Any]:
    if isinstance(closure, ClosureDay):
        closure = Closure(closure.day, closure.name, False, closure.added_by.username if closure.added_by else None,
                          closure.added_at)
    return {"date": closure.day.isoformat(), "name": closure.name,
            "source": "configuration" if closure.configured else "stored", "added_by": closure.added_by,
            "added_at": closure.added_at.isoformat() if closure.added_at else None}
