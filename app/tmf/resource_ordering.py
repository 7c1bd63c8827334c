"""TMF652 Resource Ordering: the resource orders customer orders decompose into (read only; the plans run them)."""
from __future__ import annotations

from flask import Response

from app.auth.access import api_roles
from app.orchestration import queries
from app.orders.service import STAFF_ROLES
from app.tmf.blueprint import bp
from app.tmf.domain_orders import FILTERS
from app.tmf.domain_orders import RESOURCE_API
from app.tmf.domain_orders import domain_orders_json
from app.tmf.query import conditions
from app.tmf.query import list_response
from app.tmf.query import one_response
from app.tmf.query import paging
from app.tmf.spec import DOMAIN_ORDER_FILTERS
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
