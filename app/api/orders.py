"""Orders over Ordra's own API: the order 360."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api import bp
from app.auth.access import api_roles
from app.auth.access import api_user
from app.orders import presenters
from app.orders import service as orders


@bp.get("/orders/<int:order_id>")
@api_roles()
def get_order(order_id: int) -> Response:
    return jsonify(presenters.order_360(orders.get_order(order_id, api_user())))
