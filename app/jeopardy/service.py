"""Jeopardy: every open work item, fallout case and promised order date, and every call to another system left
unanswered, gets an SLA from the ``jeopardy_sla`` decision (inputs ``task_type``, ``priority``, ``sla_class``;
outputs ``warn_after`` and ``due_after``, ISO-8601 durations, and optionally ``clock``: ``24x7`` or ``business``,
see app/jeopardy/calendar.py). The clock moves watches ``on_track`` →
``at_risk`` → ``late`` and raises one alert per transition for the managers of the people who do the work
(``MANAGER_OF``); a watch whose dates move back (a manager gives a task more time, the customer a later date)
eases at once.

Installing it is deploying a ``jeopardy_sla`` decision: without one nothing is watched. A new
version applies to work created afterwards; existing watches keep the SLA they were given.
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from datetime import datetime
from datetime import timedelta
from typing import Any

from flask import current_app
from sqlalchemy import ColumnElement
from sqlalchemy import Select
from sqlalchemy import and_
from sqlalchemy import exists
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import update

from app.auth.models import User
from app.database import memo
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.engine.models import ServiceCall
from app.errors import NotFound
from app.extensions import db
from app.inbox import materialise
from app.inbox.models import WorkItem
from app.instances import service as instances
from app.jeopardy.calendar import CLOCKS
from app.jeopardy.calendar import MAX_BUSINESS_DAYS
from app.jeopardy.calendar import SlaSpan
from app.jeopardy.calendar import calendar
from app.jeopardy.calendar import time_left
from app.jeopardy.models import SEVERITY
from app.jeopardy.models import JeopardyAlert
from app.jeopardy.models import JeopardyWatch
from app.labels import state_label
from app.orders.models import ProductOrder
from app.orders.timeline import record
from app.rules import RulesError
from app.shared_cache import cached
from app.studio import decisions
from app.studio.models import DecisionVersion

log = logging.getLogger(__name__)
DECISION = "jeopardy_sla"
SYSTEM = "system"  # the role of a call to another system's watch: no one's work; the fulfilment manager is told
UNANSWERED = ("pending", "waiting")  # a call's statuses before its system answered
# Who is alerted: the manager of the people who do the work (a late approval is the order manager's to chase, a late
# work order the fulfilment manager's); a fallout case or a promised date also holds up the delivery the
# fulfilment manager runs. A role not named here (a custom lane) goes to the fulfilment manager.
MANAGER_OF = {"fulfillment_agent": "fulfillment_manager", "fulfillment_manager": "fulfillment_manager",
              "order_agent": "order_manager", "order_approver": "order_manager", "order_manager": "order_manager",
              "fallout_agent": "fallout_manager", "fallout_manager": "fallout_manager"}
ALSO_ALERTED = {"fallout": ("fulfillment_manager",), "order": ("fulfillment_manager",)}
VIEWERS = ("fulfillment_manager", "fallout_manager", "order_manager", "process_admin")


def task_type_of(item: WorkItem) -> str:
    """Work for fulfillment people is a work order; approvals and other order tasks are order tasks."""
    return "work_order" if item.role == "fulfillment_agent" else "order_task"


def follow_instance(instance: ProcessInstance) -> None:
    """Watch the instance's new open work items; stop watching items that are no longer open.

    Runs after every step, so it works from what the step's sync of the work items has in hand (the
    instance's open items, those it opened and those closed since the last step) and looks at nothing
    unless an item may never have been watched; nothing at all for processes where no one works. The
    order's promised date is looked at when an instance of the order starts (and when instances of it end:
    :func:`follow_finished`).
    """
    kind, items_changed = instances.step_of(instance)
    changes = materialise.take_changes(instance.id)
    follow_items = instance.process_version.waits_for_people and (
        items_changed or (changes is not None and bool(changes.opened or changes.closed)))
    follow_order = instance.order_id is not None and kind == instances.START
    if not (follow_items or follow_order) or not _installed():
        return  # nothing was ever watched without a deployed SLA decision
    if follow_items:
        _follow_items(instance, changes)
    if follow_order and instance.order_id is not None:
        _follow_order(instance.order_id)


def follow_finished(finished: Sequence[ProcessInstance]) -> None:
    """Instances of orders ended: look at each order's promised date once, after its roll-up (a finish
    listener registered after the orchestration's), so an order that failed or was cancelled stops being
    watched."""
    order_ids = sorted({instance.order_id for instance in finished if instance.order_id is not None})
    if order_ids and _installed():
        for order_id in order_ids:
            _follow_order(order_id)


def time_new_items(instance: ProcessInstance, items: Sequence[WorkItem]) -> None:
    """Give the work items a step opens their due date as they are opened, so that it is stored with them (an
    opening listener); :func:`follow_instance` watches them once they have ids."""
    if not _installed():
        return
    priority, sla_class = order_terms(instance.order_id)
    opened_at = utcnow()
    for item in items:
        if item.due_at is not None:
            continue  # due when its own data says (a booked visit): watched against that (watch_item)
        terms = _sla(task_type_of(item), priority, sla_class)
        if terms is not None:
            item.created_at = opened_at  # the watch's clock starts here too (see watch_item)
            item.due_at, item.jeopardy = terms[0][1].after(opened_at), "on_track"


def _installed() -> bool:
    """Whether a ``jeopardy_sla`` decision was ever deployed (asked again after a deployment)."""
    return cached(("jeopardy_installed",), lambda: db.session.scalar(
        select(DecisionVersion.id).where(DecisionVersion.decision_id == DECISION).limit(1)) is not None)


def _follow_items(instance: ProcessInstance, changes: materialise.WorkItemChanges | None) -> None:
    if changes is None or changes.open is None:  # not synced in this transaction: the stored items, any closed
        _close_watches(None, instance.id)
        _watch_open(instance, materialise.open_items_of(instance.id), opened=set())
        return
    if changes.closed:
        _close_watches([item.id for item in changes.closed], instance.id)
    _watch_open(instance, changes.open, opened={item.id for item in changes.opened})


def _close_watches(item_ids: list[int] | None, instance_id: int) -> None:
    """Close the open watches of ``item_ids`` (None: of every item of the instance that is not open), in
    one statement."""
    subjects = item_ids if item_ids is not None else select(WorkItem.id).where(
        WorkItem.instance_id == instance_id, WorkItem.status != "open").scalar_subquery()
    db.session.execute(update(JeopardyWatch).where(
        JeopardyWatch.subject_kind == "work_item", JeopardyWatch.subject_id.in_(subjects),
        JeopardyWatch.closed.is_(False)).values(closed=True, closed_at=utcnow()))


def _watch_open(instance: ProcessInstance, items: list[WorkItem], opened: set[int]) -> None:
    """Watch the open items that never were: one ``opened`` in this transaction cannot have been (its jeopardy may
    be set already: :func:`time_new_items`); another watched once shows its jeopardy; the rest are looked up
    (opened before the SLA decision was deployed)."""
    unwatched = {item.id: item for item in items if item.jeopardy is None or item.id in opened}
    earlier = set(unwatched) - opened
    if earlier:
        for item_id in db.session.scalars(select(JeopardyWatch.subject_id).where(
                JeopardyWatch.subject_kind == "work_item", JeopardyWatch.subject_id.in_(earlier))):
            del unwatched[item_id]
    for item_id in sorted(unwatched):
        watch_item(unwatched[item_id], instance)


def follow_promise(order_id: int) -> None:
    """The order's promised date was set, moved or taken away (a TMF622 PATCH): its watch follows."""
    if _installed():
        _follow_order(order_id, date_moved=True)


def _follow_order(order_id: int, *, date_moved: bool = False) -> None:
    """Watch the date promised to the customer, at that date (moved with it); stop once the order is finished or
    no date is promised any more."""
    order = db.session.get(ProductOrder, order_id)
    if order is None or (order.requested_completion_date is None and not date_moved):
        return  # never promised a date, so never watched (a date taken away closed its watch as it went)
    watch = db.session.scalar(select(JeopardyWatch).where(JeopardyWatch.subject_kind == "order",
                                                          JeopardyWatch.subject_id == order_id))
    if order.state in ("completed", "cancelled", "rejected", "failed", "partial") or (
            order.requested_completion_date is None):
        if watch is not None and not watch.closed:
            watch.closed, watch.closed_at = True, utcnow()
        return
    if watch is not None:
        if not watch.closed and watch.due_at != order.requested_completion_date:
            due = order.requested_completion_date
            retime(watch, due - (watch.due_at - watch.warn_at), due)
        return
    priority, sla_class = order_terms(order_id)
    terms = _sla("customer_order", priority, sla_class)
    # warned when what is left before the date is what is left of the SLA at its warning
    margin = terms[0][1].minus(terms[0][0]) if terms else SlaSpan(timedelta(days=1))
    due = order.requested_completion_date
    db.session.add(JeopardyWatch(subject_kind="order", subject_id=order_id, title=f"Order {order_id}",
                                 order_id=order_id, role="order_agent", task_type="customer_order",
                                 priority=priority, sla_class=sla_class, started_at=order.created_at,
                                 warn_at=margin.before(due), due_at=due, decision=terms[1] if terms else {}))


def watch_item(item: WorkItem, instance: ProcessInstance) -> JeopardyWatch | None:
    """Watch an open item against its SLA; one that opened with a due time of its own (its task's ``dueAt``, e.g.
    the end of the visit booked for it: a due time and no jeopardy yet) is due then, warned the SLA's margin
    before."""
    priority, sla_class = order_terms(instance.order_id)
    own_due = item.due_at if item.jeopardy is None else None
    watch = _new_watch("work_item", item.id, item.title, instance.order_id, item.role, task_type_of(item),
                       priority, sla_class, item.created_at, own_due=own_due)
    if watch is not None:
        item.due_at, item.jeopardy = watch.due_at, "on_track"
    return watch


def watch_fallout(fallout_id: int, title: str, order_id: int | None, role: str,
                  started_at: datetime) -> JeopardyWatch | None:
    """Watch a fallout case from its first hand-over to people (later attempts keep that clock)."""
    existing: JeopardyWatch | None = db.session.scalar(select(JeopardyWatch).where(
        JeopardyWatch.subject_kind == "fallout", JeopardyWatch.subject_id == fallout_id))
    if existing is not None:
        return existing
    priority, sla_class = order_terms(order_id)
    return _new_watch("fallout", fallout_id, title, order_id, role, "fallout", priority, sla_class, started_at)


def order_terms(order_id: int | None) -> tuple[str, str]:
    """Priority and SLA class from the order's enrichment (defaults when there is none)."""
    if order_id is None:
        return "normal", "standard"
    order = db.session.get(ProductOrder, order_id)
    enrichment = (order.enrichment or {}) if order else {}
    return str(enrichment.get("priority") or "normal"), str(enrichment.get("sla_class") or "standard")


def _new_watch(kind: str, subject_id: int, title: str, order_id: int | None, role: str, task_type: str,
               priority: str, sla_class: str, started_at: datetime, *,
               own_due: datetime | None = None) -> JeopardyWatch | None:
    terms = _sla(task_type, priority, sla_class)
    if terms is None:
        return None
    (warn_after, due_after), explanation = terms
    warn_at, due_at = warn_after.after(started_at), due_after.after(started_at)
    if own_due is not None:  # as a promised date is: the SLA's margin before it (see _follow_order)
        warn_at, due_at = due_after.minus(warn_after).before(own_due), own_due
        explanation = {**explanation, "due_from": "task"}
    watch = JeopardyWatch(subject_kind=kind, subject_id=subject_id, title=title[:255], order_id=order_id,
                          role=role, task_type=task_type, priority=priority, sla_class=sla_class,
                          started_at=started_at, warn_at=warn_at, due_at=due_at, decision=explanation)
    db.session.add(watch)
    return watch


def sla_due_after(task_type: str, priority: str, sla_class: str) -> SlaSpan | None:
    """How long work of ``task_type`` may take under the newest ``jeopardy_sla``, on its clock (None: not covered)."""
    terms = _sla(task_type, priority, sla_class)
    return terms[0][1] if terms else None


def _sla(task_type: str, priority: str, sla_class: str) -> tuple[tuple[SlaSpan, SlaSpan], dict[str, Any]] | None:
    """``(warn_after, due_after)`` from the newest ``jeopardy_sla``; None when jeopardy is switched off,
    not installed, or no rule covers this work. Decided once per transaction for the same terms (an item is
    timed as it opens and watched once stored; a chain opens several items of the same kind)."""
    if not current_app.config["JEOPARDY_ENABLED"]:
        return None
    return memo(("jeopardy_sla", task_type, priority, sla_class), lambda: _decide_sla(task_type, priority, sla_class))


def _decide_sla(task_type: str, priority: str,
                sla_class: str) -> tuple[tuple[SlaSpan, SlaSpan], dict[str, Any]] | None:
    try:
        result = decisions.evaluate(DECISION, {"task_type": task_type, "priority": priority, "sla_class": sla_class})
    except (NotFound, RulesError):  # not installed, or a broken table: nothing to watch against
        return None
    if result.no_match:
        return None
    outputs = result.as_dict()
    clock = outputs.get("clock") or "24x7"
    if clock not in CLOCKS:
        _warn_unwatched(repr(outputs), task_type, priority, sla_class)
        return None
    warn, due = SlaSpan.parse(outputs.get("warn_after"), clock), SlaSpan.parse(outputs.get("due_after"), clock)
    if warn is None or due is None:
        _warn_unwatched(repr(outputs), task_type, priority, sla_class)
        return None
    return (warn, due), result.explain()


@functools.lru_cache(maxsize=256)
def _warn_unwatched(outputs: str, task_type: str, priority: str, sla_class: str) -> None:
    """Tell the operators (once per process, not on every tick) that a deployed table leaves work unwatched."""
    log.warning("jeopardy_sla gives %s for %s/%s/%s: warn_after and due_after must be ISO 8601 durations "
                "(PT4H, P2D, P1M; on the business clock at most %s business days) and clock one of %s, so this work "
                "is not watched", outputs, task_type, priority, sla_class, MAX_BUSINESS_DAYS, ", ".join(CLOCKS))


def move_item_due(item: WorkItem, due_at: datetime) -> bool:
    """A manager moved an open work item's due time: its watch moves with it, keeping its warning margin; returns
    whether that put the work at risk or late (its alerts raised)."""
    watch = db.session.scalar(select(JeopardyWatch).where(JeopardyWatch.subject_kind == "work_item",
                                                          JeopardyWatch.subject_id == item.id,
                                                          JeopardyWatch.closed.is_(False)))
    return watch is not None and retime(watch, due_at - (watch.due_at - watch.warn_at), due_at)


def retime(watch: JeopardyWatch, warn_at: datetime, due_at: datetime, now: datetime | None = None, *,
           raise_now: bool = True) -> bool:
    """Give an open watch new thresholds and follow them at once: where its state eases it is shown so (a late task
    given another day is on track again); where it worsens (a due time or promised date moved earlier) its alerts
    are raised as the tick raises them (:func:`advance`), in the change's transaction. Returns whether it worsened.
    ``raise_now=False`` leaves that to the caller, which notes its change on the order first (a closure day)."""
    now = now or utcnow()
    watch.warn_at, watch.due_at = warn_at, due_at
    state = state_at(watch, now)
    if SEVERITY[state] < SEVERITY[watch.state]:
        _set_state(watch, state)
        return False
    return advance(watch, now) if raise_now else False


def state_at(watch: JeopardyWatch, now: datetime) -> str:
    return "late" if watch.due_at <= now else "at_risk" if watch.warn_at <= now else "on_track"


def _set_state(watch: JeopardyWatch, state: str) -> None:
    watch.state = state
    if watch.subject_kind == "work_item":
        item = db.session.get(WorkItem, watch.subject_id)
        assert item is not None  # work-item watches are made for stored items, which are never deleted
        item.jeopardy = state


def check(now: datetime | None = None) -> int:
    """Move due watches to ``at_risk``/``late`` and raise their alerts; return how many moved.

    Runs on every scheduler tick; a watch changes state once per threshold, so alerts are raised
    once, not on every tick.
    """
    now = now or utcnow()
    moved = 0
    if _installed():
        _watch_unanswered_calls(now)
    for watch in db.session.scalars(_due_to_move(now)):
        if advance(watch, now):
            moved += 1
    db.session.flush()
    return moved


def advance(watch: JeopardyWatch, now: datetime) -> bool:
    """Move one open watch to ``at_risk``/``late`` when a threshold has passed at ``now``, raise its alerts for its
    managers and note it on the order; return whether it moved. The tick does this for every watch due to move; a
    change that re-times work (a closure day removed) for the watches it moved, so they are raised at once. A watch
    moves to each level once: the tick does not raise again an alert a re-timing raised, nor the reverse."""
    state = state_at(watch, now)
    if SEVERITY[state] <= SEVERITY[watch.state]:
        return False
    _set_state(watch, state)
    for role in managers_of(watch):
        _raise(watch, state, role, now)
    _note_on_order(watch, state)
    return True


def _watch_unanswered_calls(now: datetime) -> None:
    """Watch the calls to other systems left unanswered past their warning time (queued behind a backlog or a
    dead worker, or the system said it answers later) and stop watching those answered or given up since. Most
    answer in seconds, so a watch is made only once one is late to answer, not a row for every call; Ordra's
    own steps (``ordra/...``, such as waiting for the domain orders) are no other system."""
    # read first: a tick with nothing to close writes nothing (on SQLite an UPDATE takes the write lock even so)
    for watch in db.session.scalars(select(JeopardyWatch).where(
            JeopardyWatch.subject_kind == "service_call", JeopardyWatch.closed.is_(False),
            exists().where(ServiceCall.id == JeopardyWatch.subject_id, ServiceCall.status.not_in(UNANSWERED)))):
        watch.closed, watch.closed_at = True, now
    terms = _sla("service_call", "normal", "standard")
    if terms is None:
        return
    unwatched = ~exists().where(JeopardyWatch.subject_kind == "service_call",
                                JeopardyWatch.subject_id == ServiceCall.id)
    slow = (select(ServiceCall, ProcessInstance.order_id)
            .join(ProcessInstance, ProcessInstance.id == ServiceCall.instance_id)
            .where(ServiceCall.status.in_(UNANSWERED), ServiceCall.created_at <= terms[0][0].before(now),
                   ~ServiceCall.connector.startswith("ordra/"), unwatched))
    for call, order_id in db.session.execute(slow):
        priority, sla_class = order_terms(order_id)
        _new_watch("service_call", call.id, f"Waiting on {call.connector}: {call.task_name}", order_id, SYSTEM,
                   "service_call", priority, sla_class, call.created_at)
    db.session.flush()


def _due_to_move(now: datetime) -> Select[JeopardyWatch]:
    """The open watches a threshold has passed for: on track past their warning, at risk past their due time. Not
    every watch at risk, on every tick (a busy house has thousands, for hours). On PostgreSQL a watch another
    process's clock is moving is skipped, not waited for: its tick raises the alerts, and two clocks overlapping
    (a slow tick outlives the turn's lock) raise each alert once instead of failing one tick on the unique alert."""
    return select(JeopardyWatch).where(JeopardyWatch.closed.is_(False), or_(
        and_(JeopardyWatch.state == "on_track", JeopardyWatch.warn_at <= now),
        and_(JeopardyWatch.state == "at_risk", JeopardyWatch.due_at <= now))).with_for_update(skip_locked=True)


def _note_on_order(watch: JeopardyWatch, state: str) -> None:
    """The order's own timeline says when its work or its promised date fell at risk or late (for staff: the
    portal shows customers none of it)."""
    order = db.session.get(ProductOrder, watch.order_id) if watch.order_id is not None else None
    if order is not None:
        record(order, "jeopardy", message=f"{watch.title} is {state_label(state).lower()} "
                                          f"(due {watch.due_at:%Y-%m-%d %H:%M} UTC)",
               detail={"watch": watch.id, "subject": watch.subject_kind, "state": state})


def _raise(watch: JeopardyWatch, state: str, role: str, now: datetime) -> None:
    """Alert ``role``: one alert per watch, level and role, so a watch given more time that falls behind again
    raises its earlier alert anew (unacknowledged, now) rather than a second one."""
    alert = next((a for a in watch.alerts if a.state == state and a.role == role), None)
    if alert is None:
        db.session.add(JeopardyAlert(watch=watch, state=state, role=role, created_at=now))
    else:
        alert.created_at, alert.acknowledged_at, alert.acknowledged_by_id = now, None, None


def managers_of(watch: JeopardyWatch) -> tuple[str, ...]:
    """The roles alerted when ``watch`` turns at risk or late (see ``MANAGER_OF``), in that order, once each."""
    first = MANAGER_OF.get(watch.role, "fulfillment_manager")
    return tuple(dict.fromkeys((first, *ALSO_ALERTED.get(watch.subject_kind, ()))))


def close_watch(kind: str, subject_id: int) -> None:
    watch = db.session.scalar(select(JeopardyWatch).where(JeopardyWatch.subject_kind == kind,
                                                          JeopardyWatch.subject_id == subject_id))
    if watch is not None and not watch.closed:
        watch.closed, watch.closed_at = True, utcnow()


def alerts_for(user: User, *, include_acknowledged: bool = False, limit: int = 200,
               offset: int = 0) -> list[JeopardyAlert]:
    """The newest alerts for ``user``'s roles, a page: those still to act on (see :func:`_alerts_of`) unless
    ``include_acknowledged``, which gives all of them."""
    query = select(JeopardyAlert).where(_alerts_of(user, include_acknowledged))
    return list(db.session.scalars(query.order_by(JeopardyAlert.id.desc()).offset(offset).limit(limit)))


def count_alerts(user: User, *, include_acknowledged: bool = False) -> int:
    """How many alerts :func:`alerts_for` has in all (pages and badges show this, not the length of a page)."""
    return db.session.scalar(select(func.count(JeopardyAlert.id)).where(_alerts_of(user, include_acknowledged))) or 0


def _alerts_of(user: User, include_acknowledged: bool) -> ColumnElement[bool]:
    """Alerts to act on: not acknowledged, on work still open and still at the level the alert was raised for.
    Work done, cancelled or given more time needs no one, and a late alert stands for the at-risk one before
    it: otherwise a manager's list and badge count finished work and show each late task twice."""
    mine = JeopardyAlert.role.in_(sorted(user.roles))
    if include_acknowledged:
        return mine
    current = JeopardyAlert.watch.has(and_(JeopardyWatch.closed.is_(False), JeopardyWatch.state == JeopardyAlert.state))
    return and_(mine, JeopardyAlert.acknowledged_at.is_(None), current)


def watches_of(kind: str, subject_ids: Sequence[int]) -> dict[int, JeopardyWatch]:
    """The open watches of some subjects of one kind (the fallout cases a page lists), by subject id."""
    if not subject_ids:
        return {}
    return {watch.subject_id: watch for watch in db.session.scalars(select(JeopardyWatch).where(
        JeopardyWatch.subject_kind == kind, JeopardyWatch.subject_id.in_(subject_ids),
        JeopardyWatch.closed.is_(False)))}


def watches_of_order(order_id: int) -> list[JeopardyWatch]:
    return list(db.session.scalars(select(JeopardyWatch).where(JeopardyWatch.order_id == order_id)
                                   .order_by(JeopardyWatch.id)))


def acknowledge(alert_id: int, user: User) -> JeopardyAlert:
    alert = db.session.get(JeopardyAlert, alert_id)
    if alert is None or alert.role not in user.roles:
        raise NotFound(f"no alert {alert_id}")
    if alert.acknowledged_at is None:
        alert.acknowledged_at, alert.acknowledged_by_id = utcnow(), user.id
    return alert


def alert_json(alert: JeopardyAlert, now: datetime | None = None) -> dict[str, Any]:
    """An alert for the API: ``seconds_left`` is wall time until its work is due, ``working_seconds_left`` the
    working time on the business clock (as the board shows it; null around the clock), both negative once late."""
    watch, now = alert.watch, now or utcnow()
    left = (watch.due_at - now).total_seconds()
    working = time_left("business", now, watch.due_at).total_seconds() if watch.clock == "business" else None
    return {
        "id": alert.id, "state": alert.state, "role": alert.role, "raised_at": alert.created_at.isoformat(),
        "acknowledged": alert.acknowledged_at is not None,
        "subject": {"kind": watch.subject_kind, "id": watch.subject_id, "title": watch.title},
        "order_id": watch.order_id, "task_type": watch.task_type, "current_state": watch.state, "closed": watch.closed,
        "warn_at": watch.warn_at.isoformat(), "due_at": watch.due_at.isoformat(), "seconds_left": round(left),
        "clock": watch.clock, "working_seconds_left": round(working) if working is not None else None,
    }


BOARD_PAGE_SIZE = 50  # watches one page of the board lists: a busy house has thousands at risk


def board(now: datetime | None = None, *, offset: int = 0, limit: int = BOARD_PAGE_SIZE) -> dict[str, Any]:
    """The jeopardy board: a page of the open watches at risk or late (soonest due first, so the most overdue
    lead) by role and type, the counts of all of them, and alerts per hour (24 h)."""
    now = now or utcnow()
    jeopardy = and_(JeopardyWatch.closed.is_(False), JeopardyWatch.state.in_(("at_risk", "late")))
    counts: dict[str, int] = {state: n for state, n in db.session.execute(
        select(JeopardyWatch.state, func.count()).where(jeopardy).group_by(JeopardyWatch.state))}
    watches = db.session.scalars(select(JeopardyWatch).where(jeopardy).order_by(JeopardyWatch.due_at, JeopardyWatch.id)
                                 .offset(offset).limit(limit)).all()
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for watch in watches:
        groups.setdefault((watch.role, watch.task_type), []).append(
            {"watch": watch, "seconds_left": round(time_left(watch.clock, now, watch.due_at).total_seconds())})
    since = now - timedelta(hours=24)
    raised = db.session.scalars(select(JeopardyAlert.created_at).where(JeopardyAlert.created_at >= since)).all()
    trend = [0] * 24
    for at in raised:
        trend[min(23, int((at - since).total_seconds() // 3600))] += 1
    at_risk, late = counts.get("at_risk", 0), counts.get("late", 0)
    business = any(watch.clock == "business" for watch in watches)  # then say what its hours are
    return {"groups": groups, "at_risk": at_risk, "late": late, "trend": trend,
            "total": at_risk + late, "offset": offset, "shown": len(watches), "page_size": limit,
            "business_hours": calendar().describe(now.date()) if business else None}
