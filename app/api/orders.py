"""Orders over Ordra's own API: the order 360 and revisions of an order in flight."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import idempotency_key
from app.api.body import json_object
from app.api.spec import REVISION_BODY
from app.api.spec import documented
from app.api.spec import ref
from app.auth.access import api_roles
from app.auth.access import api_user
from app.auth.roles import STAFF_ROLES
from app.errors import Invalid
from app.orchestration import order_json as presenters
from app.orchestration import revisions
from app.orders import service as orders


@bp.get("/orders/<int:order_id>")
@documented("The order 360: items, prices, domain orders, tasks, fallouts, jeopardies, events, inventory",
            tag="orders", response=ref("Order"))
@api_roles(*STAFF_ROLES)  # its tasks, fallouts, events and staff names are internal: customers read TMF622
def get_order(order_id: int) -> Response:
    return jsonify(presenters.order_360(orders.get_order(order_id, api_user())))


REVISERS = ("order_agent", "order_manager", "process_admin")


@bp.post("/orders/<int:order_id>/revisions")
@documented("Revise an order in flight: add, change or delete lines; with dry_run the impact only (200), "
            "otherwise 201 with the revision number and status; 409 past a point of no return; "
            "Idempotency-Key header", tag="orders", body=REVISION_BODY, ok=201, also_ok=(200,), errors=(409,),
            response={"type": "object"})
@api_roles(*REVISERS)
def revise_order(order_id: int) -> tuple[Response, int]:
    """Body ``{"productOrderItem": [...], "dry_run": bool}``: 200 with the impact (dry run), 201 with the
    revision number and its impact, 409 when a domain order is past its point of no return."""
    payload = json_object()
    dry_run = payload.get("dry_run", False)
    if not isinstance(dry_run, bool):
        raise Invalid(errors=[{"field": "dry_run", "message": "true or false"}])
    impact, stored = revisions.revise(order_id, api_user(), payload.get("productOrderItem"), dry_run=dry_run,
                                      idempotency_key=idempotency_key())
    return jsonify(impact), 200 if dry_run else 201

