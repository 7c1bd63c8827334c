"""TMF652 Resource Ordering: the resource orders customer orders decompose into (read only; the plans run them)."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.auth.access import api_roles
from app.orchestration import queries
from app.orchestration.presenters import tmf_domain_order
from app.orders.service import STAFF_ROLES
from app.tmf.blueprint import bp
from app.tmf.paging import list_response
from app.tmf.paging import paging
from app.validation import optional_id_arg

BASE = "/resourceOrderingManagement/v4/resourceOrder"


@bp.get(BASE)
@api_roles(*STAFF_ROLES)
def list_resource_orders() -> Response:
    offset, limit = paging()
    order_id = optional_id_arg("externalId")
    rows, total = queries.domain_order_page("resource", offset=offset, limit=limit,
                                            order_id=order_id)
    return list_response([tmf_domain_order(d) for d in rows], total)


@bp.get(f"{BASE}/<int:resource_order_id>")
@api_roles(*STAFF_ROLES)
def get_resource_order(resource_order_id: int) -> Response:
    return jsonify(tmf_domain_order(queries.get_domain_order(resource_order_id, "resource")))
