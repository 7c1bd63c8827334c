"""An order's timeline over the API: planned, actual and forecast per domain order and work order."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.spec import documented
from app.api.spec import resource
from app.auth.access import api_roles
from app.auth.access import api_user
from app.auth.roles import INSTANCE_VIEWERS as STAFF
from app.orchestration.timeline import order_timeline
from app.orders import service as orders


@bp.get("/orders/<int:order_id>/timeline")
@documented("The order timeline: per domain order and work order planned start/end (SLA decision and "
            "dependencies; one waiting for data from when its provider's plan hands the data over), actual "
            "start/end, forecast start/end (median of completed ones of the same spec and plan), depends_on (and "
            "waits_for_end: those of them it waits to end, not only for their data), the "
            "data hand-overs (handovers: key, from, planned, at, forecast), jeopardy, fallout, point of no return "
            "and the decomposition rule row",
            tag="orders", response=resource("order", "items", order={"type": "object"}, items={"type": "array"}))
@api_roles(*STAFF)
def get_order_timeline(order_id: int) -> Response:
    return jsonify(order_timeline(orders.get_order(order_id, api_user())))
