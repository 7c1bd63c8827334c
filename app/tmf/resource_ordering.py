"""TMF652 Resource Ordering: the resource orders customer orders decompose into (the plans run them), and their
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
from app.tmf.domain_cancellation import RESOURCE
from app.tmf.domain_cancellation import cancel
from app.tmf.domain_cancellation import get_cancellation
from app.tmf.domain_cancellation import list_cancellations
from app.tmf.domain_orders import FILTERS
from app.tmf.domain_orders import RESOURCE_API
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

BASE = f"{RESOURCE_API}/resourceOrder"


@bp.get(BASE)
@tmf_list("TMF652 resource orders (externalId = product order id; staff only)", "TMF652",
          **DOMAIN_ORDER_FILTERS)
@api_roles(*STAFF_ROLES)
def list_resource_orders() -> Response:
    offset, limit = paging()
    rows, total = queries.domain_order_page("resource", offset=offset, limit=limit, where=conditions(FILTERS))
    return list_response(domain_orders_json(rows), total)


@bp.get(f"{BASE}/<int:resource_order_id>")
@tmf_one("TMF652 one resource order", "TMF652")
@api_roles(*STAFF_ROLES)
def get_resource_order(resource_order_id: int) -> Response:
    return one_response(domain_orders_json([queries.get_domain_order(resource_order_id, "resource")])[0])


# --- CancelResourceOrder (app/tmf/domain_cancellation.py) ----------------------------------------

@bp.post(RESOURCE.cancel_path)
@documented("TMF652 cancel a resource order: cancels the product order it fulfils (409 past a point of no "
            "return)", tag="TMF652", body=cancel_body("resourceOrder"), ok=201, errors=(409,), response=ENTITY)
@api_roles(*CANCELLERS)
def cancel_resource_order() -> tuple[Response, int]:
    return cancel(RESOURCE)


@bp.get(RESOURCE.cancel_path)
@tmf_list("TMF652 resource order cancellations (staff)", "TMF652", **{"resourceOrder.id": ID_FILTER})
@api_roles(*STAFF_ROLES)
def list_cancel_resource_orders() -> Response:
    return list_cancellations(RESOURCE)


@bp.get(f"{RESOURCE.cancel_path}/<int:cancellation_id>")
@tmf_one("TMF652 one resource order cancellation", "TMF652")
@api_roles(*STAFF_ROLES)
def get_cancel_resource_order(cancellation_id: int) -> Response:
    return get_cancellation(RESOURCE, cancellation_id)
