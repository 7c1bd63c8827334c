"""The order timeline: one bar per domain order and per work order — planned, actual and forecast — and why.

* **planned**: from the order's decomposition onwards, each domain order after the ones it ``depends_on`` end
  and after the data it ``requires`` is handed over, lasting what the ``jeopardy_sla`` decision gives a
  ``domain_order`` plus a ``work_order`` per user task of its plan. A plan hands data over mid-way (the field
  visit hands the survey result over after its first user task, the installation after its second): the plan's
  summary says after how many of its user tasks (``data_handovers``), so the hand-over is planned at the provider's
  planned start plus that many of its spans; a plan version deployed without that entry hands over at its end;
* **actual**: its start and end;
* **forecast** (open ones): the median duration of the newest completed domain orders of the same
  spec and plan (recomputed on every read, so it follows the history), after its dependencies' forecasts and
  not before its open work orders are due; the order has no forecast end while a fallout case holds it. One waiting
  for data starts when the data is expected: now if it was handed over, else the provider's start plus the median
  time the same spec and plan took to hand that key over (its ``data_provided`` events), else plus the planned
  spans up to the hand-over, else the provider's forecast end; never before now nor after the provider's end;
* **jeopardy**: the worst of its open work's SLA watches and of its own dates against the plan.
"""
from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
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
from app.orders.models import OrderEvent
from app.orders.models import ProductOrder
from app.studio.service import latest_process

Need = tuple[str, DomainOrder]  # a data key a domain order requires, and a domain order providing it
HISTORY = 100  # completed domain orders (newest first) a median reads per spec and plan
Spans = tuple[SlaSpan, ...]  # a planned duration: spans taken one after another, each on its own clock
JEOPARDY_RANK = {None: 0, "on_track": 1, "at_risk": 2, "late": 3}
OPEN_FALLOUT = ("open", "retrying")


@dataclass
class Plan:
    start: datetime | None = None
    end: datetime | None = None


@dataclass
class Handover:
    """When ``provider`` hands ``key`` to a domain order waiting for it."""

    key: str
    provider: int
    after_user_tasks: int | None = None  # where the provider's plan hands it over (None: at its end)
    planned: datetime | None = None
    at: datetime | None = None  # when it was handed over
    forecast: datetime | None = None  # when it is expected, for a domain order not started yet (never before now)

    def json(self) -> dict[str, Any]:
        return {"key": self.key, "from": self.provider, "planned": _iso(self.planned), "at": _iso(self.at),
                "forecast": _iso(self.forecast)}


def order_timeline(order: ProductOrder, now: datetime | None = None) -> dict[str, Any]:
    """``{"order": {"promised", "forecast_end", "held_by_fallout"}, "items": [...]}`` as
    ``GET /api/v1/orders/<id>/timeline``."""
    now = now or utcnow()
    domains = domain_orders(order.id)
    depends = dependencies(domains)
    ordered = topological(domains, depends)
    durations = _planned_durations(domains, order.id)
    handovers = _handovers(domains, _handed_over(order.id))
    planned = _planned(ordered, depends, handovers, durations)
    work = _work_items(d.instance_id for d in domains if d.instance_id)
    forecaster = Forecaster(
        by_id={d.id: d for d in domains}, depends=depends, handovers=handovers, durations=durations, now=now,
        expected=median_durations((d.spec_name, d.plan) for d in domains),
        offsets=median_handovers((p.spec_name, p.plan, key) for needs in data_needs(domains).values()
                                 for key, p in needs),
        people_done={d.id: _open_work_forecast(work.get(d.instance_id or 0, []), now) for d in domains},
        people_next={d.id: _open_work_forecast(work.get(d.instance_id or 0, []), now, first=True) for d in domains})
    forecast, forecast_start = forecaster.run(ordered)
    fallouts = _open_fallouts(d.instance_id for d in domains if d.instance_id)
    data = data_sources(domains)
    items = [_domain_item(d, depends[d.id], planned[d.id], forecast.get(d.id), work.get(d.instance_id or 0, []),
                          d.instance_id in fallouts, now)
             | {"data_from": data[d.id], "forecast_start": _iso(forecast_start.get(d.id)),
                "handovers": [h.json() for h in handovers[d.id]]} for d in domains]
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
    return {domain_id: sorted({provider.id for _, provider in needs})
            for domain_id, needs in data_needs(domains).items()}


def data_needs(domains: list[DomainOrder]) -> dict[int, list[Need]]:
    """(key, provider) for each key each domain order requires and each other domain order providing it."""
    providers = data_providers(domains)
    return {d.id: [(key, provider) for key in d.requires for provider in providers.get(key, []) if provider is not d]
            for d in domains}


def _handovers(domains: list[DomainOrder], handed: dict[tuple[str, int], datetime]) -> dict[int, list[Handover]]:
    """Each domain order's data hand-overs, with when they happened (``handed``: :func:`_handed_over`)."""
    points = {plan: _handover_points(plan) for plan in {d.plan for d in domains}}
    return {domain_id: [Handover(key, provider.id, after_user_tasks=points[provider.plan].get(key),
                                 at=handed.get((key, domain_id))) for key, provider in needs]
            for domain_id, needs in data_needs(domains).items()}


def _handed_over(order_id: int) -> dict[tuple[str, int], datetime]:
    """(key, domain order id) → when the order's ``data_provided`` event first handed the key to it."""
    handed: dict[tuple[str, int], datetime] = {}
    for at, detail in db.session.execute(select(OrderEvent.at, OrderEvent.detail).where(
            OrderEvent.order_id == order_id, OrderEvent.kind == "data_provided").order_by(OrderEvent.at)):
        for domain_id in (detail or {}).get("domain_orders", []):
            handed.setdefault((str(detail.get("key")), domain_id), at)
    return handed


def _handover_points(plan: str) -> dict[str, int]:
    """Key → how many of the plan's user tasks come before the step handing it over (the first such step); a key
    the plan's summary does not place (a version deployed before summaries said) is handed over at the end."""
    points: dict[str, int] = {}
    for handover in _summary(plan).get("data_handovers", []):
        points.setdefault(handover["key"], handover["after_user_tasks"])
    return points


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
    return len(_summary(plan).get("user_tasks", []))


def _summary(plan: str) -> dict[str, Any]:
    try:
        return latest_process(plan).summary
    except NotFound:
        return {}


def _depends_on(domain: DomainOrder, waits_for: list[int]) -> list[int]:
    """Of what the domain order waits for (:func:`dependencies`), what it waits to complete (its ``depends_on``), not
    what only provides it data."""
    return [dep for dep in waits_for if dep in domain.depends_on]


def _planned(ordered: list[DomainOrder], depends: dict[int, list[int]], handovers: dict[int, list[Handover]],
             durations: dict[int, Spans | None]) -> dict[int, Plan]:
    """Each domain order planned after what it ``depends_on`` ends and after its data's planned hand-over (set on
    ``handovers``)."""
    anchor = min((d.created_at for d in ordered), default=None)
    planned: dict[int, Plan] = {}
    for domain in ordered:
        for handover in handovers[domain.id]:
            handover.planned = _handover_time(planned[handover.provider], durations[handover.provider],
                                              handover.after_user_tasks)
        duration = durations[domain.id]
        if anchor is None or duration is None:
            planned[domain.id] = Plan()
            continue
        after = [planned[dep].end for dep in _depends_on(domain, depends[domain.id])]
        after += [h.planned for h in handovers[domain.id]]
        start = max([anchor, *(moment for moment in after if moment is not None)])
        planned[domain.id] = Plan(start, _end(start, duration))
    return planned


def _handover_time(provider: Plan, spans: Spans | None, after_user_tasks: int | None) -> datetime | None:
    """The provider's automated span and its first ``after_user_tasks`` user tasks after its start (its end when the
    plan does not say where it hands the key over)."""
    if provider.start is None or spans is None or after_user_tasks is None:
        return provider.end
    return _end(provider.start, spans[:1 + after_user_tasks])


def median_durations(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], timedelta]:
    """The median run time of the newest completed domain orders of each (spec, plan) that has any."""
    medians: dict[tuple[str, str], timedelta] = {}
    for spec, plan in set(keys):
        seconds = [(end - start).total_seconds() for _, start, end in _history(spec, plan)]
        if seconds:
            medians[(spec, plan)] = timedelta(seconds=statistics.median(seconds))
    return medians


def median_handovers(keys: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], timedelta]:
    """The median time from its start to handing ``key`` over (its order's ``data_provided`` event) of the newest
    completed domain orders of each (spec, plan, key) that has any: one history and one event query per (spec,
    plan), whatever its keys (the field visit hands two over)."""
    by_plan: dict[tuple[str, str], set[str]] = {}
    for spec, plan, key in keys:
        by_plan.setdefault((spec, plan), set()).add(key)
    medians: dict[tuple[str, str, str], timedelta] = {}
    for (spec, plan), wanted in by_plan.items():
        rows = _history(spec, plan)
        provided = _provided({order_id for order_id, _, _ in rows})
        for key in wanted:
            seconds = [(at - start).total_seconds() for order_id, start, end in rows
                       if (at := next((t for t in provided.get((order_id, key), []) if start <= t <= end), None))
                       is not None]
            if seconds:
                medians[(spec, plan, key)] = timedelta(seconds=statistics.median(seconds))
    return medians


def _history(spec: str, plan: str) -> list[tuple[int, datetime, datetime]]:
    """(order id, started, completed) of the newest completed domain orders of ``spec`` and ``plan``."""
    rows = db.session.execute(select(DomainOrder.order_id, DomainOrder.started_at, DomainOrder.completed_at).where(
        DomainOrder.spec_name == spec, DomainOrder.plan == plan, DomainOrder.state == "completed",
        DomainOrder.completed_at.is_not(None), DomainOrder.started_at.is_not(None))
        .order_by(DomainOrder.completed_at.desc()).limit(HISTORY)).all()
    return [(order_id, start, end) for order_id, start, end in rows if start is not None and end is not None]


def _provided(order_ids: set[int]) -> dict[tuple[int, str], list[datetime]]:
    """(order id, key) → when the order's ``data_provided`` events handed the key over, oldest first."""
    provided: dict[tuple[int, str], list[datetime]] = {}
    if order_ids:
        for order_id, at, detail in db.session.execute(select(OrderEvent.order_id, OrderEvent.at, OrderEvent.detail)
                                                       .where(OrderEvent.order_id.in_(sorted(order_ids)),
                                                              OrderEvent.kind == "data_provided")
                                                       .order_by(OrderEvent.at)):
            provided.setdefault((order_id, str((detail or {}).get("key"))), []).append(at)
    return provided


@dataclass
class Forecaster:
    """The forecast end of every open domain order (its planned duration until there is history, and never before
    the forecast end of its open work orders: ``people_done``), and the forecast start of those not started yet
    (after what they ``depends_on`` is forecast to end and their data to be handed over); a finished one "ends" at
    its actual end."""

    by_id: dict[int, DomainOrder]
    depends: dict[int, list[int]]
    handovers: dict[int, list[Handover]]
    durations: dict[int, Spans | None]  # planned
    expected: dict[tuple[str, str], timedelta]  # median durations
    offsets: dict[tuple[str, str, str], timedelta]  # median hand-over times
    people_done: dict[int, datetime | None]
    people_next: dict[int, datetime | None]  # the forecast of each domain order's first open work order to be done
    now: datetime
    ends: dict[int, datetime | None] = field(default_factory=dict)
    starts: dict[int, datetime] = field(default_factory=dict)

    def run(self, ordered: list[DomainOrder]) -> tuple[dict[int, datetime | None], dict[int, datetime]]:
        for domain in ordered:
            self.ends[domain.id] = self._end(domain)
        return self.ends, self.starts

    def _end(self, domain: DomainOrder) -> datetime | None:
        if domain.state in FINISHED_STATES:
            return domain.completed_at
        median = self.expected.get((domain.spec_name, domain.plan))
        duration = (SlaSpan(median),) if median is not None else self.durations[domain.id]
        if duration is None:
            return None
        if domain.started_at is not None:
            return max(self.now, _end(domain.started_at, duration), self.people_done[domain.id] or self.now)
        for handover in self.handovers[domain.id]:
            handover.forecast = self._handover(domain, handover)
        after = [self.ends.get(dep) for dep in _depends_on(domain, self.depends[domain.id])]
        after += [handover.forecast for handover in self.handovers[domain.id]]
        self.starts[domain.id] = max([self.now, *(moment for moment in after if moment is not None)])
        return _end(self.starts[domain.id], duration)

    def _handover(self, domain: DomainOrder, handover: Handover) -> datetime | None:
        """When ``handover`` is expected: now if it happened, else from the provider's start (the median time its
        spec and plan took to hand the key over, else its planned spans up to the hand-over), else at the provider's
        forecast end; never before now nor after the provider is forecast to end. Once that moment has passed with
        the key not handed over and the provider's work order open, it is when that work order is forecast to be
        done (by its due date): the key waits for the task at hand, not "any minute now" for ever."""
        if handover.at is not None or handover.key in domain.data:
            return self.now
        provider = self.by_id[handover.provider]
        end = self.ends.get(provider.id)
        start = provider.started_at or self.starts.get(provider.id)
        offset = self.offsets.get((provider.spec_name, provider.plan, handover.key))
        if start is not None and offset is not None:
            expected: datetime | None = start + offset
        elif start is not None:
            expected = _handover_time(Plan(start), self.durations[provider.id], handover.after_user_tasks) or end
        else:
            expected = end
        if expected is None:
            return None
        at_hand = self.people_next[provider.id]
        if expected <= self.now and at_hand is not None:
            expected = at_hand
        return max(self.now, min(expected, end) if end is not None else expected)


def _work_forecast(item: WorkItem, now: datetime) -> datetime:
    """When an open work order is forecast to be done: by its due date, or now if that has passed."""
    return max(now, item.due_at) if item.due_at else now


def _open_work_forecast(work: list[WorkItem], now: datetime, first: bool = False) -> datetime | None:
    """When the open work orders are forecast to be done: all of them, or the ``first`` of them."""
    pick = min if first else max
    return pick((_work_forecast(item, now) for item in work if item.status == "open"), default=None)


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
        "waits_for_end": _depends_on(domain, depends),  # depends_on also lists what only hands it data
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
