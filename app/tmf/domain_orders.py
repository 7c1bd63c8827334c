"""Service orders (TMF641) and resource orders (TMF652): the domain orders customer orders decompose into.

Both are read only (the orders' plans run them); one representation serves both, with each spec's own
names: TMF641 ``serviceOrderItem`` and ``externalReference`` (name, type), TMF652 ``orderItem`` and
``externalReference`` as an ``ExternalId`` (id, owner, entityType).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.catalog.models import Specification
from app.extensions import db
from app.orchestration.models import DomainOrder
from app.tmf.common import compact
from app.tmf.common import href
from app.tmf.common import when
from app.tmf.query import Filter

SERVICE_API = "/serviceOrdering/v4"
RESOURCE_API = "/resourceOrderingManagement/v4"
TMF_STATES = {"pending": "pending", "waiting": "acknowledged", "inProgress": "inProgress", "completed": "completed",
              "failed": "failed", "cancelled": "cancelled", "removed": "cancelled"}
ORDRA_STATES: dict[str, list[str]] = {}
for _ordra, _tmf in TMF_STATES.items():
    ORDRA_STATES.setdefault(_tmf, []).append(_ordra)


def _state(text: str) -> str:
    """A TMF state as the (first) Ordra state it stands for; an unknown one matches nothing."""
    return ORDRA_STATES.get(text, [f"?{text}"])[0]


FILTERS = {
    "id": Filter(DomainOrder.id, "int"),
    "state": Filter(DomainOrder.state, convert=_state),
    "externalId": Filter(DomainOrder.order_id, "int"),  # the product order it fulfils
    "externalReference.id": Filter(DomainOrder.order_id, "int"),
    "orderDate": Filter(DomainOrder.created_at, "date"),
    "startDate": Filter(DomainOrder.started_at, "date"),
    "completionDate": Filter(DomainOrder.completed_at, "date"),
}


def domain_orders_json(domains: list[DomainOrder]) -> list[dict[str, Any]]:
    names = {d.spec_name for d in domains}
    rows = db.session.execute(select(Specification.name, Specification.id).where(Specification.name.in_(names)))
    spec_ids = {name: spec_id for name, spec_id in rows}
    return [domain_order_json(d, spec_ids.get(d.spec_name)) for d in domains]


def domain_order_json(domain: DomainOrder, spec_id: int | None) -> dict[str, Any]:
    service = domain.type == "service"
    kind, ref_type = ("service", "Service") if service else ("resource", "Resource")
    api = SERVICE_API if service else RESOURCE_API
    order_href = href(f"/productOrderingManagement/v4/productOrder/{domain.order_id}")
    state = TMF_STATES.get(domain.state, "pending")
    spec = {"id": str(spec_id) if spec_id is not None else domain.spec_name, "name": domain.spec_name,
            "@referredType": f"{ref_type}Specification"}
    characteristics = [{"name": k, "value": v} for k, v in domain.data.get("characteristics", {}).items()]
    item: dict[str, Any]
    if service:
        item = {"id": "1", "action": domain.action, "state": state,
                "service": {"@type": ref_type, "name": domain.name, "serviceSpecification": spec,
                            "serviceCharacteristic": characteristics}}
        reference = {"name": str(domain.order_id), "externalReferenceType": "ProductOrder"}
    else:
        item = {"id": "1", "action": domain.action, "state": state, "quantity": 1, "resourceSpecification": spec,
                "resource": {"id": str(domain.id), "href": href(f"{api}/resourceOrder/{domain.id}"),
                             "@type": ref_type, "name": domain.name, "resourceCharacteristic": characteristics,
                             "resourceSpecification": spec}}
        reference = {"id": str(domain.order_id), "owner": "ordra", "entityType": "ProductOrder"}
    return compact({
        "id": str(domain.id), "href": href(f"{api}/{kind}Order/{domain.id}"), "@type": f"{ref_type}Order",
        "externalId": str(domain.order_id), "description": domain.name,
        "state": state, "orderDate": when(domain.created_at),
        "startDate": when(domain.started_at), "completionDate": when(domain.completed_at),
        "externalReference": [reference],
        "orderRelationship": [{"id": str(dep), "relationshipType": "dependsOn",
                               "href": href(f"{api}/{kind}Order/{dep}"), "@referredType": f"{ref_type}Order"}
                              for dep in domain.depends_on] if service else None,
        "serviceOrderItem" if service else "orderItem": [item],
        "note": [{"id": "1", "text": f"plan {domain.plan}; fulfils product order {domain.order_id} ({order_href})"}],
    })
