"""TMF641 CancelServiceOrder and TMF652 CancelResourceOrder: one way to cancel through a domain order.

A service or resource order exists only as part of the product order it fulfils, so cancelling it cancels
that product order (its other domain orders are undone with it), under the same point-of-no-return rule.
The cancellation remembers which domain order it was asked for through, so each API lists its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Response
from sqlalchemy.orm import InstrumentedAttribute

from app.api.body import json_object
from app.auth.access import api_user
from app.errors import Invalid
from app.errors import NotFound
from app.orchestration import cancellation as cancellations
from app.orchestration import queries
from app.orchestration.models import OrderCancellation
from app.orders.tmf622 import optional_date
from app.tmf.common import compact
from app.tmf.common import href
from app.tmf.common import when
from app.tmf.domain_orders import RESOURCE_API
from app.tmf.domain_orders import SERVICE_API
from app.tmf.query import Filter
from app.tmf.query import conditions
from app.tmf.query import list_response
from app.tmf.query import one_response
from app.tmf.query import paging
from app.validation import parse_id

CANCELLERS = ("order_agent", "order_manager", "process_admin")


@dataclass(frozen=True)
class DomainKind:
    """What differs between the two APIs: names, roots and the column that marks their cancellations."""

    type: str  # service | resource (DomainOrder.type)
    reference: str  # serviceOrder | resourceOrder: the body's key and the resource name
    api: str
    column: InstrumentedAttribute[int | None]

    @property
    def cancel_path(self) -> str:
        return f"{self.api}/cancel{self.reference[0].upper()}{self.reference[1:]}"

    @property
    def type_name(self) -> str:  # CancelServiceOrder | CancelResourceOrder
        return f"Cancel{self.reference[0].upper()}{self.reference[1:]}"

    @property
    def filters(self) -> dict[str, Filter]:
        return {"id": Filter(OrderCancellation.id, "int"), f"{self.reference}.id": Filter(self.column, "int"),
                "effectiveCancellationDate": Filter(OrderCancellation.effective_at, "date")}


SERVICE = DomainKind("service", "serviceOrder", SERVICE_API, OrderCancellation.service_order_id)
RESOURCE = DomainKind("resource", "resourceOrder", RESOURCE_API, OrderCancellation.resource_order_id)


def cancel(kind: DomainKind) -> tuple[Response, int]:
    """Cancel the product order behind the domain order the body names; 201 with the cancellation."""
    body = json_object()
    reference = body.get(kind.reference)
    domain_id = parse_id(reference.get("id") if isinstance(reference, dict) else None, f"{kind.reference}.id")
    reason = body.get("cancellationReason") or ""
    if not isinstance(reason, str) or len(reason) > 500:
        raise Invalid(errors=[{"field": "cancellationReason", "message": "a text of at most 500 characters"}])
    requested = optional_date(body, "requestedCancellationDate")
    try:
        domain = queries.get_domain_order(domain_id, kind.type)
    except NotFound as exc:  # the specs give this POST no 404: the body names a domain order that is not there
        raise Invalid(errors=[{"field": f"{kind.reference}.id", "message": str(exc)}]) from None
    cancellation = cancellations.cancel_order(
        domain.order_id, api_user(), reason or f"{kind.type} order {domain.id} cancelled", requested_date=requested,
        service_order_id=domain.id if kind is SERVICE else None,
        resource_order_id=domain.id if kind is RESOURCE else None)
    response = one_response(cancellation_json(kind, cancellation), 201)
    response.headers["Location"] = href(f"{kind.cancel_path}/{cancellation.id}")
    return response, 201


def list_cancellations(kind: DomainKind) -> Response:
    offset, limit = paging()
    rows, total = cancellations.cancellation_page(
        api_user(), offset=offset, limit=limit, where=[kind.column.is_not(None), *conditions(kind.filters)])
    return list_response([cancellation_json(kind, c) for c in rows], total)


def get_cancellation(kind: DomainKind, cancellation_id: int) -> Response:
    cancellation = cancellations.get_cancellation(cancellation_id, api_user())
    if kind_of(cancellation) is not kind:
        raise NotFound(f"no {kind.type} order cancellation {cancellation_id}")
    return one_response(cancellation_json(kind, cancellation))


def kind_of(cancellation: OrderCancellation) -> DomainKind | None:
    """The API a cancellation was asked for through, if one of these two."""
    if cancellation.service_order_id is not None:
        return SERVICE
    if cancellation.resource_order_id is not None:
        return RESOURCE
    return None


def domain_order_id(kind: DomainKind, cancellation: OrderCancellation) -> int | None:
    return cancellation.service_order_id if kind is SERVICE else cancellation.resource_order_id


def cancellation_json(kind: DomainKind, cancellation: OrderCancellation) -> dict[str, Any]:
    domain_id = domain_order_id(kind, cancellation)
    return compact({
        "id": str(cancellation.id), "href": href(f"{kind.cancel_path}/{cancellation.id}"), "@type": kind.type_name,
        "state": "done" if cancellation.effective_at else "inProgress",
        "cancellationReason": cancellation.reason or None,
        "requestedCancellationDate": when(cancellation.requested_cancellation_date),
        "effectiveCancellationDate": when(cancellation.effective_at),
        kind.reference: {"id": str(domain_id), "href": href(f"{kind.api}/{kind.reference}/{domain_id}"),
                         "@referredType": f"{kind.reference[0].upper()}{kind.reference[1:]}"}})
