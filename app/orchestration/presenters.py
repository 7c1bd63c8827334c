"""Domain orders and inventory as JSON for the order 360 (the TMF representations are in app/tmf/)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Select
from sqlalchemy import select

from app.engine.models import ServiceCall
from app.extensions import db
from app.inbox.models import WorkItem
from app.inbox.presenters import work_item_json
from app.orchestration.models import Contract
from app.orchestration.models import DomainOrder
from app.orchestration.models import Entitlement
from app.orders.inventory_lines import order_changing
from app.orders.models import InventoryProduct


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def domain_orders_json(domains: list[DomainOrder]) -> list[dict[str, Any]]:
    """Domain orders with their plans' work orders and order tasks (the 360's tree level below items)."""
    instance_ids = [d.instance_id for d in domains if d.instance_id is not None]
    items = _by_instance(select(WorkItem).where(WorkItem.instance_id.in_(instance_ids)).order_by(WorkItem.id))
    calls = _by_instance(select(ServiceCall).where(ServiceCall.instance_id.in_(instance_ids)).order_by(ServiceCall.id))
    return [{"id": d.id, "type": d.type, "name": d.name, "spec": d.spec_name,
             "action": d.action, "items": d.item_seqs, "state": d.state, "plan": d.plan,
             "instance_id": d.instance_id, "tasks": [work_item_json(w) for w in _rows_of(items, d.instance_id)],
             "order_tasks": [_call_json(c) for c in _rows_of(calls, d.instance_id)],
             "depends_on": d.depends_on, "requires": d.requires, "result": d.result,
             "created_at": _iso(d.created_at), "started_at": _iso(d.started_at),
             "completed_at": _iso(d.completed_at)} for d in domains]


def _by_instance(query: Select[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in db.session.scalars(query):
        grouped[row.instance_id].append(row)
    return grouped


def _rows_of(grouped: dict[int, list[Any]], instance_id: int | None) -> list[Any]:
    """A domain order's rows of ``grouped``; none while its plan has not started."""
    return grouped.get(instance_id, []) if instance_id is not None else []


def _call_json(call: ServiceCall) -> dict[str, Any]:
    """An order task: one attempt of a connector call made by the domain order's plan."""
    return {"id": call.id, "name": call.task_name, "connector": call.connector, "attempt": call.attempt,
            "state": call.status, "error": call.error_message or None, "created_at": _iso(call.created_at),
            "finished_at": _iso(call.finished_at)}


def product_json(product: InventoryProduct) -> dict[str, Any]:
    """An installed product with its contracts, entitlements and the order changing it now (``changing_order``:
    a suspend, resume, disconnect or modify in flight; none may be asked for until it ends)."""
    changing = order_changing(product.id)
    contracts = db.session.scalars(select(Contract).where(Contract.product_id == product.id).order_by(Contract.id))
    entitlements = db.session.scalars(select(Entitlement).where(Entitlement.product_id == product.id)
                                      .order_by(Entitlement.id))
    return {"id": product.id, "name": product.name, "status": product.status, "account_id": product.account_id,
            "order_id": product.order_id, "offering_id": product.offering_id,
            "characteristics": product.characteristics, "services": product.services,
            "resources": product.resources, "billing": product.billing, "start_date": _iso(product.start_date),
            "terminated_at": _iso(product.terminated_at),
            "contracts": [{"id": c.id, "term_months": c.term_months, "recurring_charge": str(c.recurring_charge),
                           "one_time_charge": str(c.one_time_charge), "currency": c.currency,
                           "start_date": _iso(c.start_date), "end_date": _iso(c.end_date)} for c in contracts],
            "entitlements": [{"id": e.id, "service": e.service, "status": e.status} for e in entitlements],
            "changing_order": {"id": changing.id, "state": changing.state} if changing is not None else None}
