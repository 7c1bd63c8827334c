"""The order timeline: one bar per domain order and per work order — planned, actual and forecast — and why.

* **planned**: from the order's decomposition onwards, each domain order after the ones it depends on
  (``depends_on``, and the domain orders providing the data it ``requires``), lasting what the
  ``jeopardy_sla`` decision gives a ``domain_order`` plus a ``work_order`` per user task of its plan;
* **actual**: its start and end;
* **forecast** (open ones): the median duration of the newest completed domain orders of the same
  spec and plan (recomputed on every read, so it follows the history), after its dependencies' forecasts and
  not before its open work orders are due; the order has no forecast end while a fallout case holds it;
* **jeopardy**: the worst of its open work's SLA watches and of its own dates against the plan.
"""
from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from app.database import utcnow
from app.engine.models import ProcessInstance
from app.errors import NotFound
from app.extensions import db
from app.fallout.models import Fallout
from app.inbox.models import WorkItem
from app.jeopardy.calendar import SlaSpan
from app.jeopardy.service import order_terms
from app.jeopardy.service import sla_due_after
from app.orchestration import undo
from app.orchestration.models import FINISHED_STATES
from app.orchestration.models import DomainOrder
from app.orchestration.service import data_providers
from app.orchestration.service import domain_orders
from app.orders.models import ProductOrder
from app.studio.service import latest_process

HISTORY = 100  # completed domain orders (newest first) a median reads per spec and plan
Spans = tuple[SlaSpan, ...]  # a planned duration: spans taken one after another, each on its own clock
JEOPARDY_RANK = {None: 0, "on_track": 1, "at_risk": 2, "late": 3}
OPEN_FALLOUT = ("open", "retrying")


@dataclass
class Plan:
    start: datetime | None = None
    end: datetime | None = None


def order_timeline(order: ProductOrder, now: datetime | None = None) -> dict[str, Any]:
    """``{"order": {"promised", "forecast_end", "held_by_fallout"}, "items": [...]}`` as
    ``GET /api/v1/orders/<id>/timeline``."""
    now = now or utcnow()
    domains = domain_orders(order.id)
    depends = dependencies(domains)
    ordered = topological(domains, depends)
    durations = _planned_durations(domains, order.id)
    planned = _planned(ordered, depends, durations)
    expected = median_durations((d.spec_name, d.plan) for d in domains)
    work = _work_items(d.instance_id for d in domains if d.instance_id)
    people_done = {d.id: _open_work_forecast(work.get(d.instance_id or 0, []), now) for d in domains}
    forecast, forecast_start = _forecast(ordered, depends, expected, durations, now, people_done)
    fallouts = _open_fallouts(d.instance_id for d in domains if d.instance_id)
    data = data_sources(domains)
    items = [_domain_item(d, depends[d.id], planned[d.id], forecast.get(d.id), work.get(d.instance_id or 0, []),
                          d.instance_id in fallouts, now)
             | {"data_from": data[d.id], "forecast_start": _iso(forecast_start.get(d.id))} for d in domains]
    items += [_work_item(item, domain.id, now) for domain in domains for item in work.get(domain.instance_id or 0, [])
              if item.role == "fulfillment_agent"]
    bars = [i for i in items if i["type"] != "work_order"]
    ends = [_parse(i["end"] if i["state"] in FINISHED_STATES else i["forecast_end"]) for i in bars]
    # A domain order held by an open fallout case ends when someone fixes it: no date can be forecast for the order.
    held = any(i["fallout"] and i["state"] != "completed" for i in bars)
    forecast_end = max((e for e in ends if e is not None), default=None) if domains and not held else None
    return {"order": {"id": order.id, "state": order.state, "promised": _iso(order.requested_completion_date),
                      "forecast_end": _iso(forecast_end), "held_by_fallout": held, "now": _iso(now)},
            "items": items}


def dependencies(domains: list[DomainOrder]) -> dict[int, list[int]]:
    """What each domain order waits for: its ``depends_on`` and the providers of the data it ``requires``."""
    known = {d.id for d in domains}
    data = data_sources(domains)
    return {d.id: sorted({dep for dep in d.depends_on if dep in known} | set(data[d.id])) for d in domains}


def data_sources(domains: list[DomainOrder]) -> dict[int, list[int]]:
    """The domain orders whose plans provide the data each domain order ``requires`` (e.g. the survey result)."""
    providers = data_providers(domains)
    return {d.id: sorted({provider.id for key in d.requires for provider in providers.get(key, [])
                          if provider is not d}) for d in domains}


def topological(domains: list[DomainOrder], depends: dict[int, list[int]]) -> list[DomainOrder]:
    """Domain orders after the ones they wait for (a cycle, which decomposition never makes, is cut)."""
    by_id = {d.id: d for d in domains}
    done: dict[int, bool] = {}
    ordered: list[DomainOrder] = []

    def visit(domain_id: int) -> None:
        if domain_id in done:
            return
        done[domain_id] = False
        for dep in depends[domain_id]:
            visit(dep)
        done[domain_id] = True
        ordered.append(by_id[domain_id])

    for domain in domains:
        visit(domain.id)
    return ordered


def _planned_durations(domains: list[DomainOrder], order_id: int) -> dict[int, Spans | None]:
    priority, sla_class = order_terms(order_id)
    automated = sla_due_after("domain_order", priority, sla_class)
    work_order = sla_due_after("work_order", priority, sla_class)
    people = {plan: _user_tasks(plan) for plan in {d.plan for d in domains}}
    durations: dict[int, Spans | None] = {}
    for domain in domains:
        if automated is None:  # jeopardy is off or the table has no domain_order row: no plan to draw
            durations[domain.id] = None
        else:  # the plan's steps, then each of its people's tasks, one after another (each on its SLA's clock)
            durations[domain.id] = (automated, *([work_order] * people[domain.plan] if work_order else []))
    return durations


def _end(start: datetime, spans: Spans) -> datetime:
    for span in spans:
        start = span.after(start)
    return start


def _user_tasks(plan: str) -> int:
    try:
        return len(latest_process(plan).summary.get("user_tasks", []))
    except NotFound:
        return 0


def _planned(ordered: list[DomainOrder], depends: dict[int, list[int]],
             durations: dict[int, Spans | None]) -> dict[int, Plan]:
    anchor = min((d.created_at for d in ordered), default=None)
    planned: dict[int, Plan] = {}
    for domain in ordered:
        duration = durations[domain.id]
        if anchor is None or duration is None:
            planned[domain.id] = Plan()
            continue
        start = max([anchor, *(end for dep in depends[domain.id] if (end := planned[dep].end) is not None)])
        planned[domain.id] = Plan(start, _end(start, duration))
    return planned


def median_durations(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], timedelta]:
    """The median run time of the newest completed domain orders of each (spec, plan) that has any."""
    medians: dict[tuple[str, str], timedelta] = {}
    for spec, plan in set(keys):
        rows = db.session.execute(select(DomainOrder.started_at, DomainOrder.completed_at).where(
            DomainOrder.spec_name == spec, DomainOrder.plan == plan, DomainOrder.state == "completed",
            DomainOrder.completed_at.is_not(None), DomainOrder.started_at.is_not(None))
            .order_by(DomainOrder.completed_at.desc()).limit(HISTORY)).all()
        seconds = [(end - start).total_seconds() for start, end in rows if start is not None and end is not None]
        if seconds:
            medians[(spec, plan)] = timedelta(seconds=statistics.median(seconds))
    return medians


def _forecast(ordered: list[DomainOrder], depends: dict[int, list[int]],
              expected: dict[tuple[str, str], timedelta], planned: dict[int, Spans | None],
              now: datetime, people_done: dict[int, datetime | None]) -> tuple[dict[int, datetime | None],
                                                                               dict[int, datetime]]:
    """The forecast end of every open domain order (its planned duration until there is history, and never
    before the forecast end of its open work orders: ``people_done``), and the forecast start of those not
    started yet; a finished one "ends" at its actual end."""
    ends: dict[int, datetime | None] = {}
    starts: dict[int, datetime] = {}
    for domain in ordered:
        if domain.state in FINISHED_STATES:
            ends[domain.id] = domain.completed_at
            continue
        median = expected.get((domain.spec_name, domain.plan))
        duration = (SlaSpan(median),) if median is not None else planned[domain.id]
        if duration is None:
            ends[domain.id] = None
        elif domain.started_at is not None:
            ends[domain.id] = max(now, _end(domain.started_at, duration), people_done[domain.id] or now)
        else:
            after = [end for dep in depends[domain.id] if (end := ends.get(dep)) is not None]
            starts[domain.id] = max([now, *after])
            ends[domain.id] = _end(starts[domain.id], duration)
    return ends, starts


def _work_forecast(item: WorkItem, now: datetime) -> datetime:
    """When an open work order is forecast to be done: by its due date, or now if that has passed."""
    return max(now, item.due_at) if item.due_at else now


def _open_work_forecast(work: list[WorkItem], now: datetime) -> datetime | None:
    return max((_work_forecast(item, now) for item in work if item.status == "open"), default=None)


def _work_items(instance_ids: Iterable[int]) -> dict[int, list[WorkItem]]:
    ids = sorted(set(instance_ids))
    found: dict[int, list[WorkItem]] = {}
    if ids:
        for item in db.session.scalars(select(WorkItem).where(WorkItem.instance_id.in_(ids)).order_by(WorkItem.id)):
            found.setdefault(item.instance_id, []).append(item)
    return found


def _open_fallouts(instance_ids: Iterable[int]) -> set[int]:
    ids = sorted(set(instance_ids))
    if not ids:
        return set()
    return set(db.session.scalars(select(Fallout.instance_id).where(Fallout.instance_id.in_(ids),
                                                                    Fallout.status.in_(OPEN_FALLOUT))))


def _domain_item(domain: DomainOrder, depends: list[int], plan: Plan, forecast_end: datetime | None,
                 work: list[WorkItem], fallout: bool, now: datetime) -> dict[str, Any]:
    finished = domain.state in FINISHED_STATES
    rule = domain.rule or {}
    return {
        "id": domain.id, "name": domain.name, "type": domain.type, "spec": domain.spec_name, "plan": domain.plan,
        "instance_id": domain.instance_id, "items": list(domain.item_seqs), "depends_on": depends,
        "requires": list(domain.requires),
        "planned_start": _iso(plan.start), "planned_end": _iso(plan.end),
        "start": _iso(domain.started_at), "end": _iso(domain.completed_at if finished else None),
        "forecast_end": None if finished else _iso(forecast_end),
        "state": domain.state,
        "jeopardy": _jeopardy(domain, plan, forecast_end, work, now),
        "fallout": fallout or domain.state == "failed",
        "rule": {key: rule.get(key) for key in ("decision", "row", "rule_id")} if rule else None,
        "holders": [_holder(item) for item in work if item.status == "open"],
        "point_of_no_return": undo.passed_step(domain),
    }


def _jeopardy(domain: DomainOrder, plan: Plan, forecast_end: datetime | None, work: list[WorkItem],
              now: datetime) -> str | None:
    """The worst of the open work items' SLA states and of the domain order's own dates against its plan."""
    states: list[str | None] = [item.jeopardy for item in work if item.status == "open"]
    if plan.end is not None:
        if domain.state == "completed":
            states.append("late" if domain.completed_at and domain.completed_at > plan.end else "on_track")
        elif domain.state not in FINISHED_STATES:
            if now > plan.end:
                states.append("late")
            elif forecast_end is not None and forecast_end > plan.end:
                states.append("at_risk")
            else:
                states.append("on_track")
    return max(states, key=lambda s: JEOPARDY_RANK.get(s, 0), default=None)


def _work_item(item: WorkItem, domain_id: int, now: datetime) -> dict[str, Any]:
    """A work order (a person's task in a domain order's plan) as a bar under its domain order."""
    state = {"open": "inProgress"}.get(item.status, item.status)
    return {
        "id": f"w{item.id}", "work_item_id": item.id, "domain_order_id": domain_id, "name": item.title,
        "type": "work_order", "depends_on": [],
        "planned_start": _iso(item.created_at), "planned_end": _iso(item.due_at),
        "start": _iso(item.created_at), "end": _iso(item.completed_at),
        "forecast_end": _iso(_work_forecast(item, now)) if item.status == "open" else None,
        "state": state, "jeopardy": item.jeopardy, "fallout": False, "rule": None,
        "holders": [_holder(item)] if item.status == "open" else [],
    }


def _holder(item: WorkItem) -> dict[str, Any]:
    return {"work_item_id": item.id, "task": item.title, "role": item.role,
            "assignee": item.assignee.username if item.assignee else None}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def waiting_on(order: ProductOrder, timeline: dict[str, Any]) -> list[str]:
    """What the order waits for now, in a line each: people's tasks, data, fallouts, running plans."""
    if order.state in ("completed", "cancelled", "rejected"):
        return []
    order_items = db.session.scalars(select(WorkItem).join(WorkItem.instance).where(
        WorkItem.status == "open", ProcessInstance.order_id == order.id).order_by(WorkItem.id)).all()
    waits = [_person(item.title, item.role, item.assignee.username if item.assignee else None)
             for item in order_items]
    bars = [i for i in timeline["items"] if i["type"] != "work_order"]
    names = {bar["id"]: bar["name"] for bar in bars}
    for bar in bars:
        if bar["fallout"]:
            waits.append(f"a fix of the fallout in {bar['name']}")
        elif bar["state"] == "pending" and bar["requires"]:
            givers = [names[dep] for dep in bar["data_from"] if dep in names]
            waits.append(f"{', '.join(bar['requires'])}" + (f" from {' and '.join(givers)}" if givers else "")
                         + f" for {bar['name']}")
    running = [bar["name"] for bar in bars
               if bar["state"] == "inProgress" and not bar["holders"] and not bar["fallout"]]
    if running:
        waits.append(f"{len(running)} automated step{'s' if len(running) > 1 else ''} running: {', '.join(running)}")
    return waits


def _person(task: str, role: str, assignee: str | None) -> str:
    who = assignee if assignee else f"any {role.replace('_', ' ')}"
    return f"{task} ({who})"
