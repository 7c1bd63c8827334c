"""Re-timing open work when a closure day is added or removed.

A watch on the business clock was timed by the calendar in effect when its work opened. When a closure day
changes that calendar, each open watch whose span could cross the day is timed again from its ``started_at``
with the durations its decision gave (stored on the watch), in the transaction that changed the day: a work
item's due date follows; a watch that is no longer as far gone eases at once, and one that now is further gone
(a closure day removed) is raised at once too, its alerts as the tick raises them
(:func:`app.jeopardy.service.advance`), so the person who changed the day is told and the tick has nothing left
to raise. The order's timeline says what moved. Watches around the clock never change.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

from sqlalchemy import Select
from sqlalchemy import or_
from sqlalchemy import select

from app.database import utcnow
from app.extensions import db
from app.inbox.models import WorkItem
from app.jeopardy.calendar import BusinessCalendar
from app.jeopardy.calendar import SlaSpan
from app.jeopardy.calendar import calendar
from app.jeopardy.models import JeopardyWatch
from app.jeopardy.service import advance
from app.jeopardy.service import retime
from app.orders.models import ProductOrder
from app.orders.timeline import record

Thresholds = tuple[datetime, datetime]  # (warn_at, due_at)
SAME = timedelta(seconds=1)  # stored times agree with a computed one to within this (drivers round differently)


@dataclass(frozen=True)
class Retimed:
    """What a closure-day change did to the open work: watches re-timed, and those of them it put at risk or late
    (their alerts raised)."""

    moved: int = 0
    now_at_risk: int = 0


def retime_open_work(day: date, *, added: bool, now: datetime | None = None) -> Retimed:
    """Time again the open business-clock watches ``day`` being added (or removed) as a closure day moves, and raise
    the alerts of those now at risk or late; the calendar in effect must already say so (the change is flushed)."""
    now = now or utcnow()
    in_effect = calendar()
    holidays = in_effect.holidays - {day} if added else in_effect.holidays | {day}
    before = replace(in_effect, holidays=holidays)
    moved = at_risk = 0
    for watch in db.session.scalars(_spanning(day)):
        if watch.clock == "business" and _retime(watch, before, in_effect, now, day=day, added=added):
            moved += 1
            if advance(watch, now):  # further gone than before: at risk or late now
                at_risk += 1
    db.session.flush()
    return Retimed(moved, at_risk)


def _spanning(day: date) -> Select[JeopardyWatch]:
    """The open watches whose span may cross ``day`` (a day more on each side: the business's time zone is not
    UTC). Locked on PostgreSQL, so a tick moving one of them at the same time is waited for, not overwritten."""
    start = datetime.combine(day - timedelta(days=1), time.min, tzinfo=UTC)
    end = datetime.combine(day + timedelta(days=2), time.min, tzinfo=UTC)
    return (select(JeopardyWatch)
            .where(JeopardyWatch.closed.is_(False), JeopardyWatch.due_at >= start,
                   or_(JeopardyWatch.started_at < end, JeopardyWatch.warn_at < end))
            .order_by(JeopardyWatch.id).with_for_update())


def thresholds(watch: JeopardyWatch, on: BusinessCalendar) -> Thresholds | None:
    """The watch's thresholds by calendar ``on``, from its decision's durations (None: they are not readable).

    An order's due time is the date promised to the customer, which stays, as does a task's own due time (its
    ``dueAt``: a booked visit); its warning keeps the SLA's margin before it (as when it was first watched)."""
    decision = watch.decision or {}
    outputs = decision.get("outputs")
    if not isinstance(outputs, dict):
        return None
    warn = SlaSpan.parse(outputs.get("warn_after"), "business")
    due = SlaSpan.parse(outputs.get("due_after"), "business")
    if warn is None or due is None:
        return None
    if watch.subject_kind == "order" or decision.get("due_from") == "task":
        return due.minus(warn).before(watch.due_at, on), watch.due_at
    return warn.after(watch.started_at, on), due.after(watch.started_at, on)


def _retime(watch: JeopardyWatch, before: BusinessCalendar, after: BusinessCalendar, now: datetime, *,
            day: date, added: bool) -> bool:
    was, new = thresholds(watch, before), thresholds(watch, after)
    if was is None or new is None or _agree(new, (watch.warn_at, watch.due_at)):
        return False
    if watch.subject_kind == "work_item" and not _agree(was, (watch.warn_at, watch.due_at)):
        return False  # a manager moved its due time: it stays where they put it
    old_due = watch.due_at
    if watch.subject_kind == "work_item":
        item = db.session.get(WorkItem, watch.subject_id)
        assert item is not None  # work-item watches are made for stored items, which are never deleted
        item.due_at = new[1]
    retime(watch, *new, now=now, raise_now=False)  # raised once the move is noted (retime_open_work)
    _note_on_order(watch, old_due, day=day, added=added)
    return True


def _agree(one: Thresholds, other: Thresholds) -> bool:
    return all(abs(a - b) < SAME for a, b in zip(one, other))


def _note_on_order(watch: JeopardyWatch, old_due: datetime, *, day: date, added: bool) -> None:
    """The order's timeline (staff only) says which work moved, why, and where to."""
    order = db.session.get(ProductOrder, watch.order_id) if watch.order_id is not None else None
    if order is None:
        return
    change = "added" if added else "removed"
    record(order, "jeopardy", message=f"{watch.title} re-timed: closure day {day.isoformat()} {change}; due "
                                      f"{watch.due_at:%Y-%m-%d %H:%M} UTC (was {old_due:%Y-%m-%d %H:%M})",
           detail={"watch": watch.id, "subject": watch.subject_kind, "state": watch.state, "retimed": True,
                   "closure_day": day.isoformat(), "change": change, "due_at": watch.due_at.isoformat(),
                   "was_due_at": old_due.isoformat()})
