"""Orders as JSON: Ordra's order 360 (the TMF622 representation is in app/tmf/ordering.py)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.auth.models import User
from app.engine.models import ProcessInstance
from app.extensions import db
from app.fallout import record as fallout_record
from app.fallout import service as fallout_service
from app.inbox.models import WorkItem
from app.inbox.presenters import work_item_json
from app.jeopardy import service as jeopardy
from app.orchestration import inventory
from app.orchestration import revisions
from app.orchestration import service as orchestration
from app.orchestration.presenters import domain_orders_json
from app.orchestration.presenters import product_json
from app.orders import totals
from app.orders.models import OrderItem
from app.orders.models import ProductOrder


def order_360(order: ProductOrder) -> dict[str, Any]:
    """Everything about an order in one document: items, prices, state, tasks and history."""
    instances = db.session.scalars(select(ProcessInstance).where(ProcessInstance.order_id == order.id)
                                   .order_by(ProcessInstance.id)).all()
    tasks = db.session.scalars(select(WorkItem).where(WorkItem.instance_id.in_([i.id for i in instances]))
                               .order_by(WorkItem.id)).all() if instances else []
    return {
        "id": order.id,
        "state": order.state,
        "channel": order.channel,
        "external_id": order.external_id,
        "customer": {"id": order.account_id, "name": order.account.name, "segment": order.account.segment},
        "created_at": order.created_at.isoformat(),
        "requested_completion_date": order.requested_completion_date.isoformat()
        if order.requested_completion_date else None,
        "items": [_item_360(item) for item in order.items],
        # what the customer has (an order closed short: what was delivered), and what was ordered
        "totals": {"recurring": str(order.recurring_total), "one_time": str(order.one_time_total),
                   "currency": order.currency, "ordered": totals.totals_json(*totals.ordered_totals(order))},
        "requires_approval": order.requires_approval,
        "approval_reasons": order.approval_reasons,
        "rejection": _rejection(order),
        "rejection_for_customer": _rejection(order, key="customer_reason"),
        "enrichment": order.enrichment,
        "process": [{"id": i.id, "process_id": i.process_id, "status": i.status} for i in instances],
        "tasks": [work_item_json(t) for t in tasks],
        "domain_orders": domain_orders_json(orchestration.domain_orders(order.id)),
        "fallouts": [fallout_service.case_json(c) for c in fallout_service.list_cases(status=None, order_id=order.id)],
        "jeopardies": [_watch_json(w) for w in jeopardy.watches_of_order(order.id)],
        "inventory": [product_json(p) for p in inventory.products_of_order(order.id)],
        "revisions": [revisions.revision_json(r) for r in revisions.revisions_of(order.id)],
        "events": _events(order, tasks),
    }


def _events(order: ProductOrder, tasks: Sequence[WorkItem]) -> list[dict[str, Any]]:
    """The order's timeline: its own events, the people's tasks done on it and what happened to its fallout
    cases, as they happened (the tasks and cases keep their own history: read here, not written twice)."""
    own = [{"at": e.at, "kind": e.kind, "message": e.message, "actor": e.actor.username if e.actor else None,
            "detail": e.detail} for e in order.events]
    merged = sorted(own + _tasks_done(tasks) + fallout_record.order_entries(order.id),
                    key=lambda entry: entry["at"])  # stable: ties keep the order they were recorded in
    return [{**entry, "at": entry["at"].isoformat()} for entry in merged]


def _tasks_done(tasks: Sequence[WorkItem]) -> list[dict[str, Any]]:
    """Each task a person completed (the approval, the survey, the answer to a customer request): what and who."""
    done = [t for t in tasks if t.status == "completed" and t.completed_at is not None]
    people = {u.id: u.username for u in db.session.scalars(
        select(User).where(User.id.in_({t.completed_by_id for t in done if t.completed_by_id})))} if done else {}
    return [{"at": t.completed_at, "kind": "task_completed", "message": t.title,
             "actor": people.get(t.completed_by_id or 0), "detail": {"work_item": t.id}} for t in done]


def _rejection(order: ProductOrder, key: str = "reason") -> str | None:
    """Why the order was rejected at approval, as the approver or order manager put it for staff (``reason``) or
    for the customer (``customer_reason``, what the portal shows); None if it was not rejected."""
    if order.state != "rejected":
        return None
    reasons = [str(e.detail.get(key) or "") for e in order.events if e.kind == "rejected"]
    return reasons[-1] if reasons else ""


def _watch_json(watch: Any) -> dict[str, Any]:
    return {"id": watch.id, "kind": watch.subject_kind, "subject_id": watch.subject_id, "title": watch.title,
            "task_type": watch.task_type, "state": watch.state, "closed": watch.closed,
            "warn_at": watch.warn_at.isoformat(), "due_at": watch.due_at.isoformat()}


def _item_360(item: OrderItem) -> dict[str, Any]:
    return {
        "id": item.seq, "action": item.action, "offering": {"id": item.offering_id, "name": item.offering_name},
        "quantity": item.quantity, "characteristics": item.characteristics, "state": item.state,
        "adjustments": item.adjustments,
        "prices": {"unit_recurring": str(item.unit_recurring), "unit_one_time": str(item.unit_one_time),
                   "recurring_total": str(item.recurring_total), "one_time_total": str(item.one_time_total)},
    }
