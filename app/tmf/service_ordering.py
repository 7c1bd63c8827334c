"""TMF641 Service Ordering: the service orders customer orders decompose into (the plans run them), and their
cancellation."""
from __future__ import annotations

from typing import Any

from flask import Response

from app.api.body import json_object
from app.api.spec import ID
from app.api.spec import documented
from app.auth.access import api_roles
from app.auth.access import api_user
from app.errors import Invalid
from app.errors import NotFound
from app.orchestration import cancellation as cancellations
from app.orchestration import queries
from app.orchestration.models import OrderCancellation
from app.orders.service import STAFF_ROLES
from app.orders.tmf622 import optional_date
from app.tmf.blueprint import bp
from app.tmf.common import compact
from app.tmf.common import href
from app.tmf.common import when
from app.tmf.domain_orders import FILTERS
from app.tmf.domain_orders import SERVICE_API
from app.tmf.domain_orders import domain_orders_json
from app.tmf.query import Filter
from app.tmf.query import conditions
from app.tmf.query import list_response
from app.tmf.query import one_response
from app.tmf.query import paging
from app.tmf.spec import DOMAIN_ORDER_FILTERS
from app.tmf.spec import ENTITY
from app.tmf.spec import cancel_body
from app.tmf.spec import tmf_list
from app.tmf.spec import tmf_one
from app.validation import parse_id

BASE = f"{SERVICE_API}/serviceOrder"


@bp.get(BASE)
@tmf_list("TMF641 service orders (externalId = product order id; staff only)", "TMF641",
          **DOMAIN_ORDER_FILTERS)
@api_roles(*STAFF_ROLES)
def list_service_orders() -> Response:
    offset, limit = paging()
    rows, total = queries.domain_order_page("service", offset=offset, limit=limit, where=conditions(FILTERS))
    return list_response(domain_orders_json(rows), total)


@bp.get(f"{BASE}/<int:service_order_id>")
@tmf_one("TMF641 one service order", "TMF641")
@api_roles(*STAFF_ROLES)
def get_service_order(service_order_id: int) -> Response:
    return one_response(domain_orders_json([queries.get_domain_order(service_order_id, "service")])[0])


# --- CancelServiceOrder ---------------------------------------------------------------------------
# A service order exists only as part of the product order it fulfils, so cancelling it cancels that
# product order (its other domain orders are undone with it), under the same point-of-no-return rule.

CANCEL = f"{SERVICE_API}/cancelServiceOrder"
CANCELLERS = ("order_agent", "order_manager", "process_admin")
CANCEL_FILTERS = {
    "id": Filter(OrderCancellation.id, "int"),
    "serviceOrder.id": Filter(OrderCancellation.service_order_id, "int"),
    "effectiveCancellationDate": Filter(OrderCancellation.effective_at, "date"),
}


@bp.post(CANCEL)
@documented("TMF641 cancel a service order: cancels the product order it fulfils (409 past a point of no "
            "return)", tag="TMF641", body=cancel_body("serviceOrder"), ok=201, errors=(409,), response=ENTITY)
@api_roles(*CANCELLERS)
def cancel_service_order() -> tuple[Response, int]:
    body = json_object()
    reference = body.get("serviceOrder")
    service_order_id = parse_id(reference.get("id") if isinstance(reference, dict) else None, "serviceOrder.id")
    reason = body.get("cancellationReason") or ""
    if not isinstance(reason, str) or len(reason) > 500:
        raise Invalid(errors=[{"field": "cancellationReason", "message": "a text of at most 500 characters"}])
    requested = optional_date(body, "requestedCancellationDate")
    try:
        domain = queries.get_domain_order(service_order_id, "service")
    except NotFound as exc:  # the spec gives this POST no 404: the body names a service order that is not there
        raise Invalid(errors=[{"field": "serviceOrder.id", "message": str(exc)}]) from None
    cancellation = cancellations.cancel_order(domain.order_id, api_user(), reason or f"service order {domain.id} "
                                              "cancelled", requested_date=requested, service_order_id=domain.id)
    response = one_response(cancel_service_order_json(cancellation), 201)
    response.headers["Location"] = href(f"{CANCEL}/{cancellation.id}")
    return response, 201


@bp.get(CANCEL)
@tmf_list("TMF641 service order cancellations (staff)", "TMF641", **{"serviceOrder.id": ID})
@api_roles(*STAFF_ROLES)
def list_cancel_service_orders() -> Response:
    offset, limit = paging()
    rows, total = cancellations.cancellation_page(
        api_user(), offset=offset, limit=limit,
        where=[OrderCancellation.service_order_id.is_not(None), *conditions(CANCEL_FILTERS)])
    return list_response([cancel_service_order_json(c) for c in rows], total)


@bp.get(f"{CANCEL}/<int:cancellation_id>")
@tmf_one("TMF641 one service order cancellation", "TMF641")
@api_roles(*STAFF_ROLES)
def get_cancel_service_order(cancellation_id: int) -> Response:
    cancellation = cancellations.get_cancellation(cancellation_id, api_user())
    if cancellation.service_order_id is None:
        raise NotFound(f"no service order cancellation {cancellation_id}")
    return one_response(cancel_service_order_json(cancellation))


def cancel_service_order_json(cancellation: OrderCancellation) -> dict[str, Any]:
    return compact({
        "id": str(cancellation.id), "href": href(f"{CANCEL}/{cancellation.id}"), "@type": "CancelServiceOrder",
        "state": "done" if cancellation.effective_at else "inProgress",
        "cancellationReason": cancellation.reason or None,
        "requestedCancellationDate": when(cancellation.requested_cancellation_date),
        "effectiveCancellationDate": when(cancellation.effective_at),
        "serviceOrder": {"id": str(cancellation.service_order_id),
                         "href": href(f"{BASE}/{cancellation.service_order_id}"), "@referredType": "ServiceOrder"}})
