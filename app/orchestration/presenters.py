"""Domain orders and inventory as JSON: for the order 360 and the TMF641/652/637 APIs."""
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
from app.orchestration.models import OrderCancellation
from app.orders.models import InventoryProduct

TMF641 = "/tmf-api/serviceOrdering/v4/serviceOrder"
TMF652 = "/tmf-api/resourceOrderingManagement/v4/resourceOrder"
TMF637 = "/tmf-api/productInventory/v4/product"
PRODUCT_ORDERING = "/tmf-api/productOrderingManagement/v4"  # TMF622
_TMF_STATES = {"pending": "pending", "waiting": "acknowledged", "inProgress": "inProgress", "completed": "completed",
               "failed": "failed", "cancelled": "cancelled"}


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
    contracts = db.session.scalars(select(Contract).where(Contract.product_id == product.id).order_by(Contract.id))
    entitlements = db.session.scalars(select(Entitlement).where(Entitlement.product_id == product.id)
                                      .order_by(Entitlement.id))
    return {"id": product.id, "name": product.name, "status": product.status, "account_id": product.account_id,
            "order_id": product.order_id, "offering_id": product.offering_id,
            "characteristics": product.characteristics, "services": product.services,
            "resources": product.resources, "start_date": _iso(product.start_date),
            "terminated_at": _iso(product.terminated_at),
            "contracts": [{"id": c.id, "term_months": c.term_months, "recurring_charge": str(c.recurring_charge),
                           "one_time_charge": str(c.one_time_charge), "currency": c.currency,
                           "start_date": _iso(c.start_date), "end_date": _iso(c.end_date)} for c in contracts],
            "entitlements": [{"id": e.id, "service": e.service, "status": e.status} for e in entitlements]}


def tmf_domain_order(domain: DomainOrder) -> dict[str, Any]:
    """A service order (TMF641) or resource order (TMF652) in TMF field names."""
    kind = "service" if domain.type == "service" else "resource"
    base = TMF641 if kind == "service" else TMF652
    ref_type = "Service" if kind == "service" else "Resource"
    return {
        "id": str(domain.id), "href": f"{base}/{domain.id}", "@type": f"{ref_type}Order",
        "state": _TMF_STATES[domain.state], "orderDate": _iso(domain.created_at),
        "startDate": _iso(domain.started_at), "completionDate": _iso(domain.completed_at),
        "externalReference": [{"name": str(domain.order_id), "externalReferenceType": "ProductOrder"}],
        "orderRelationship": [{"id": str(dep), "relationshipType": "dependsOn"} for dep in domain.depends_on],
        f"{kind}OrderItem": [{
            "id": "1", "action": domain.action, "state": _TMF_STATES[domain.state],
            kind: {"@type": ref_type, f"{kind}Specification": {"name": domain.spec_name},
                   f"{kind}Characteristic": [{"name": k, "value": v}
                                             for k, v in domain.data.get("characteristics", {}).items()]}}],
        "note": [{"text": f"plan {domain.plan}"}],
    }


def tmf_product(product: InventoryProduct) -> dict[str, Any]:
    """An inventory product in TMF637 field names."""
    return {
        "id": str(product.id), "href": f"{TMF637}/{product.id}", "@type": "Product", "name": product.name,
        "status": product.status, "startDate": _iso(product.start_date), "terminationDate": _iso(product.terminated_at),
        "productOffering": {"id": str(product.offering_id), "name": product.name},
        "productCharacteristic": [{"name": k, "value": v} for k, v in product.characteristics.items()],
        "realizingService": [{"id": s.get("id"), "name": s["name"], "@referredType": "Service"}
                             for s in product.services],
        "realizingResource": [{"id": r.get("id"), "name": r["name"], "@referredType": "Resource"}
                              for r in product.resources],
        "relatedParty": [{"id": str(product.account_id), "role": "Customer", "@referredType": "CustomerAccount"}],
        "productOrderItem": [{"productOrderId": str(product.order_id), "orderItemId": str(product.item_seq)}],
    }


def tmf_cancellation(cancellation: OrderCancellation) -> dict[str, Any]:
    """A CancelProductOrder in TMF622 field names: ``inProgress`` while the order's completed work is
    being compensated, ``done`` once the order is cancelled."""
    state = "done" if cancellation.effective_at else "inProgress"
    return {"id": str(cancellation.id), "href": f"{PRODUCT_ORDERING}/cancelProductOrder/{cancellation.id}",
            "@type": "CancelProductOrder", "state": state, "cancellationReason": cancellation.reason,
            "requestedCancellationDate": _iso(cancellation.requested_at),
            "effectiveCancellationDate": _iso(cancellation.effective_at),
            "productOrder": {"id": str(cancellation.order_id),
                             "href": f"{PRODUCT_ORDERING}/productOrder/{cancellation.order_id}",
                             "@referredType": "ProductOrder"}}
