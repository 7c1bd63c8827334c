"""Where an order is, in its customer's words: the milestones of its processes and the date it is expected.

The milestones are configured in the BPMN models, not here: a task carrying the property ``customerMilestone``
(``app.engine.milestones``). What is done and under way comes from the order's process instances as they ran
(the instance of the order and its domain orders' plans); what is to come, from the milestones ahead of each
running instance and from the plans of the domain orders not started yet, looked at with the data they will
start with. A milestone that a gateway may route around is only said to be possible (``may``). An order no
longer being delivered (cancelled, rejected, completed…) has nothing to come.

The expected completion date is the timeline's forecast (an estimate, and said so); none while an open
fallout case holds the order. Nothing internal reaches the customer: no process, task or domain-order names,
no roles; a milestone names the order's lines (their offerings) it is about.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.database import utcnow
from app.engine import instances as engine
from app.engine.milestones import Milestone
from app.engine.models import ProcessInstance
from app.errors import DomainError
from app.extensions import db
from app.inbox.models import WorkItem
from app.orchestration.models import DomainOrder
from app.orchestration.service import domain_orders
from app.orchestration.timeline import dependencies
from app.orchestration.timeline import order_timeline
from app.orchestration.timeline import topological
from app.orders.customer import DELIVERING
from app.orders.models import ProductOrder
from app.studio.service import latest_process

UNDONE = ("cancelled", "removed")  # domain orders that will not run (any more)
_RUNNING = ("running", "waiting", "error")


@dataclass(frozen=True)
class CustomerMilestone:
    label: str  # the model's wording for the customer
    status: str  # done | now | next | may
    at: datetime | None = None  # when it was done
    due: datetime | None = None  # when the step under way is due, if it has a date
    about: str = ""  # the order's lines it is about ("" for the whole order)


@dataclass(frozen=True)
class WhereItIs:
    """The order's progress as its customer is told it."""

    milestones: list[CustomerMilestone] = field(default_factory=list)
    delivering: bool = False  # still on its way to the customer
    expected: datetime | None = None  # the forecast completion date: an estimate
    held: bool = False  # an open fallout case holds it: no date can be given
    requested: datetime | None = None  # the date the customer asked for
    completed_at: datetime | None = None
    more_to_plan: bool = False  # its delivery is not planned yet: later steps show once it is


def where_it_is(order: ProductOrder, now: datetime | None = None) -> WhereItIs:
    """:param order: one the caller may show (the customer's own: ``app.orders.customer.my_order``)."""
    now = now or utcnow()
    delivering = order.state in DELIVERING
    domains = domain_orders(order.id)
    found = _milestones(order, domains, delivering)
    if not delivering:  # cancelled, rejected or finished: only what happened
        found = [m for m in found if m.status == "done"]
    expected, held = None, False
    if delivering and domains:
        forecast = order_timeline(order, now)["order"]
        held = bool(forecast["held_by_fallout"])
        expected = datetime.fromisoformat(forecast["forecast_end"]) if forecast["forecast_end"] else None
    return WhereItIs(milestones=found, delivering=delivering, expected=None if held else expected, held=held,
                     requested=order.requested_completion_date,
                     completed_at=order.completed_at if order.state == "completed" else None,
                     more_to_plan=delivering and not domains)


def _milestones(order: ProductOrder, domains: list[DomainOrder], delivering: bool) -> list[CustomerMilestone]:
    ordered = topological(domains, dependencies(domains))
    position = {domain.instance_id: index for index, domain in enumerate(ordered) if domain.instance_id}
    lines = {item.seq: item.offering_name for item in order.items}
    about = {domain.instance_id: _about(domain, lines) for domain in domains if domain.instance_id}
    instances = db.session.scalars(select(ProcessInstance).where(ProcessInstance.order_id == order.id)
                                   .order_by(ProcessInstance.id)).all()
    due = _due([instance.id for instance in instances if instance.status in _RUNNING])
    rows: list[tuple[tuple[Any, ...], CustomerMilestone]] = []
    for instance in instances:
        found = engine.milestones_of(instance)
        if instance.status not in _RUNNING:  # ended: what it did, nothing more
            found = [m for m in found if m.status == "done"]
        rows += [(_key(m, position.get(instance.id, -1)),
                  CustomerMilestone(m.label, m.status, m.at, due.get((instance.id, m.task)) if m.status == "now"
                                    else None, about.get(instance.id, "")))
                 for m in found]
    if delivering:
        for index, domain in enumerate(ordered):
            if domain.instance_id is None and domain.state not in UNDONE:
                rows += [(_key(m, index), CustomerMilestone(m.label, m.status, about=_about(domain, lines)))
                         for m in _planned(domain)]
    return [milestone for _, milestone in sorted(rows, key=lambda row: row[0])]


def _key(milestone: Milestone, position: int) -> tuple[Any, ...]:
    """Done ones by when, then those under way, then those to come in the order the plans run."""
    if milestone.status == "done":
        return (0, milestone.at.timestamp() if milestone.at else 0.0, 0, 0)
    return ({"now": 1}.get(milestone.status, 2), 0.0, position, milestone.rank)


def _planned(domain: DomainOrder) -> list[Milestone]:
    try:
        return engine.planned_milestones(latest_process(domain.plan), domain.data or {})
    except DomainError:  # the plan is no longer deployed: nothing can be said of it
        return []


def _due(instance_ids: list[int]) -> dict[tuple[int, str], datetime]:
    """When the open work of the running instances is due, by (instance, task): one query for the order."""
    if not instance_ids:
        return {}
    items = db.session.execute(select(WorkItem.instance_id, WorkItem.bpmn_id, WorkItem.due_at).where(
        WorkItem.instance_id.in_(instance_ids), WorkItem.status == "open", WorkItem.due_at.is_not(None)))
    return {(instance_id, bpmn_id): due_at for instance_id, bpmn_id, due_at in items if due_at is not None}


def _about(domain: DomainOrder, lines: dict[int, str]) -> str:
    names = list(dict.fromkeys(lines[seq] for seq in domain.item_seqs if seq in lines))
    return ", ".join(names)
