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
from app.workspace.gantt import ZOOMS
from app.workspace.gantt import decomposition_graph
from app.workspace.gantt import gantt

bp = Blueprint("orchestration_ui", __name__, url_prefix="/workspace")

# Who may follow an order on its page: the order desk and the managers, approvers and fallout people;
# fulfilment agents work from their tasklist (the workspace stays closed to them).
ORDER_PAGE_ROLES = ("order_agent", "order_manager", "order_approver", "fulfillment_manager", "fallout_agent",
                    "fallout_manager", "process_admin")


@bp.get("/orders/<int:order_id>/orchestration")
@page_roles(*ORDER_PAGE_ROLES)
def fragment(order_id: int) -> str:
    order = orders.get_order(order_id, current_user)
    zoom = request.args.get("zoom", "auto")
    timeline = order_timeline(order)
    return render_template("workspace/_orchestration.html", order=order, timeline=timeline,
                           waits=waiting_on(order, timeline), zooms=("auto", *ZOOMS),
                           chart=gantt(timeline, zoom) if timeline["items"] else None,
                           graph=decomposition_graph(order, timeline, _instance_url) if timeline["items"] else None)


@bp.app_context_processor
def order_page_access() -> dict[str, bool]:
    """Whether links to order pages are worth showing to the logged-in user."""
    return {"may_open_orders": current_user.is_authenticated and current_user.has_role(*ORDER_PAGE_ROLES)}


def _instance_url(instance_id: int) -> str:
    return url_for("instances.show", instance_id=instance_id)
