"""TMF622 Product Ordering: create, list and read product orders; cancel them in flight."""
from __future__ import annotations

from flask import Response
from flask import jsonify
from flask import request

from app.api.body import idempotency_key
from app.api.body import json_object
from app.auth.access import api_roles
from app.auth.access import api_user
from app.errors import Invalid
from app.orchestration import cancellation as cancellations
from app.orchestration import order_json as presenters
from app.orchestration import revisions
from app.orchestration.presenters import tmf_cancellation
from app.orders import capture
from app.orders import service as orders
from app.orders import tmf622
from app.tmf.blueprint import bp
from app.validation import optional_id_arg
from app.validation import paging_args
from app.validation import parse_id

BASE = "/productOrderingManagement/v4/productOrder"
CANCEL = "/productOrderingManagement/v4/cancelProductOrder"
CAPTURERS = ("customer", "order_agent", "order_manager", "process_admin")


@bp.post(BASE)
@api_roles(*CAPTURERS)
def create_product_order() -> tuple[Response, int]:
    user = api_user()
    order, created = capture.capture(tmf622.order_request(json_object(), user), actor_id=user.id, channel="api")
    body = presenters.tmf_order(order)
    response = jsonify(body)
    response.headers["Location"] = body["href"]
    return response, 201 if created else 200


@bp.get(BASE)
@api_roles()
def list_product_orders() -> Response:
    offset, limit = paging_args(50, 500)
    account_id = optional_id_arg("customer")
    rows, total = orders.list_orders(api_user(), state=request.args.get("state"),
                                     external_id=request.args.get("externalId"), account_id=account_id,
                                     offset=offset, limit=limit)
    response = jsonify([presenters.tmf_order(order) for order in rows])
    response.headers["X-Total-Count"] = str(total)
    return response


@bp.get(f"{BASE}/<int:order_id>")
@api_roles()
def get_product_order(order_id: int) -> Response:
    return jsonify(presenters.tmf_order(orders.get_order(order_id, api_user())))


@bp.patch(f"{BASE}/<int:order_id>")
@api_roles("order_agent", "order_manager", "process_admin")
def patch_product_order(order_id: int) -> Response:
    """Revise an order in flight with a ``productOrderItem`` list (as ``POST /api/v1/orders/<id>/revisions``)."""
    payload = json_object()
    if "productOrderItem" not in payload:
        raise Invalid(errors=[{"field": "productOrderItem", "message": "the items to add, change or delete"}])
    revisions.revise(order_id, api_user(), payload["productOrderItem"], dry_run=False,
                     idempotency_key=idempotency_key())
    return jsonify(presenters.tmf_order(orders.get_order(order_id, api_user())))


@bp.post(CANCEL)
@api_roles(*CAPTURERS)
def cancel_product_order() -> tuple[Response, int]:
    body = json_object()
    reference = body.get("productOrder")
    order_id = parse_id(reference.get("id") if isinstance(reference, dict) else None, "productOrder.id")
    reason = body.get("cancellationReason") or ""
    if not isinstance(reason, str) or len(reason) > 500:
        raise Invalid(errors=[{"field": "cancellationReason", "message": "a text of at most 500 characters"}])
    body = tmf_cancellation(cancellations.cancel_order(order_id, api_user(), reason))
    response = jsonify(body)
    response.headers["Location"] = body["href"]
    return response, 201


@bp.get(CANCEL)
@api_roles()
def list_cancel_product_orders() -> Response:
    return jsonify([tmf_cancellation(c) for c in cancellations.list_cancellations(api_user())])


@bp.get(f"{CANCEL}/<int:cancellation_id>")
@api_roles()
def get_cancel_product_order(cancellation_id: int) -> Response:
    return jsonify(tmf_cancellation(cancellations.get_cancellation(cancellation_id, api_user())))
