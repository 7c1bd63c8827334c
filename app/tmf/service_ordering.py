"""TMF641 Service Ordering: the service orders customer orders decompose into (the plans run them), and their
cancellation."""
from __future__ import annotations

from flask import Response

from app.api.spec import ID_FILTER
from app.api.spec import documented
from app.auth.access import api_roles
from app.orchestration import queries
from app.orders.service import STAFF_ROLES
from app.tmf.blueprint import bp
from app.tmf.domain_cancellation import CANCELLERS
from app.tmf.domain_cancellation import SERVICE
from app.tmf.domain_cancellation import cancel
from app.tmf.domain_cancellation import get_cancellation
from app.tmf.domain_cancellation import list_cancellations
from app.tmf.domain_orders import FILTERS
from app.tmf.domain_orders import SERVICE_API
from app.tmf.domain_orders import domain_orders_json
from app.tmf.query import conditions
from app.tmf.query import list_response
from app.tmf.query import one_response
from app.tmf.query import paging
from app.tmf.spec import DOMAIN_ORDER_FILTERS
from app.tmf.spec import ENTITY
from app.tmf.spec import cancel_body
from app.tmf.spec import tmf_list
from app.tmf.spec import tmf_one

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


# --- CancelServiceOrder (app/tmf/domain_cancellation.py) -----------------------------------------

@bp.post(SERVICE.cancel_path)
@documented("TMF641 cancel a service order: cancels the product order it fulfils (409 past a point of no "
            "return)", tag="TMF641", body=cancel_body("serviceOrder"), ok=201, errors=(409,), response=ENTITY)
@api_roles(*CANCELLERS)
def cancel_service_order() -> tuple[Response, int]:
    return cancel(SERVICE)


@bp.get(SERVICE.cancel_path)
@tmf_list("TMF641 service order cancellations (staff)", "TMF641", **{"serviceOrder.id": ID_FILTER})
@api_roles(*STAFF_ROLES)
def list_cancel_service_orders() -> Response:
    return list_cancellations(SERVICE)


@bp.get(f"{SERVICE.cancel_path}/<int:cancellation_id>")
@tmf_one("TMF641 one service order cancellation", "TMF641")
@api_roles(*STAFF_ROLES)
def get_cancel_service_order(cancellation_id: int) -> Response:
    return get_cancellation(SERVICE, cancellation_id)
