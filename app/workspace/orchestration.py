"""The orchestration view of an order: what it waits on, its decomposition graph and its Gantt.

Served as an HTML fragment that the order page loads and polls (htmx), so it follows the order live
without a reload and the order page itself stays as it is.
"""
from __future__ import annotations

from flask import Blueprint
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user

from app.auth.access import page_roles
from app.orchestration.timeline import order_timeline
from app.orchestration.timeline import waiting_on
from app.orders import service as orders
from app.orders.service import STAFF_ROLES
from app.workspace.gantt import ZOOMS
from app.workspace.gantt import decomposition_graph
from app.workspace.gantt import gantt

bp = Blueprint("orchestration_ui", __name__, url_prefix="/workspace")


@bp.get("/orders/<int:order_id>/orchestration")
@page_roles(*STAFF_ROLES)
def fragment(order_id: int) -> str:
    order = orders.get_order(order_id, current_user)
    zoom = request.args.get("zoom", "auto")
    timeline = order_timeline(order)
    return render_template("workspace/_orchestration.html", order=order, timeline=timeline,
                           waits=waiting_on(order, timeline), zooms=("auto", *ZOOMS),
                           chart=gantt(timeline, zoom) if timeline["items"] else None,
                           graph=decomposition_graph(order, timeline, _instance_url) if timeline["items"] else None)


def _instance_url(instance_id: int) -> str:
    return url_for("instances.show", instance_id=instance_id)
