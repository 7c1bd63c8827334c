"""The orchestration view of an order: what it waits on, its decomposition graph and its Gantt.

Served as an HTML fragment that the order page loads and polls (htmx), so it follows the order live
without a reload and the order page itself stays as it is.
"""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from typing import Any

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from app.auth.access import page_roles
from app.database import savepoint
from app.errors import Invalid
from app.inbox import service as inbox
from app.labels import state_label
from app.orchestration import team
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
# Who works orders in the workspace: the order list, order entry, revisions, cancellations, product changes.
ORDER_DESK_ROLES = ("order_agent", "order_manager")


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


@bp.get("/team-timeline")
@page_roles(*team.MANAGERS)
def team_timeline() -> str:
    """All open work on one Gantt, filtered by role, region and jeopardy; a bar's label selects it for a move."""
    return _team_page(request.args, request.args.get("select"))


def _team_page(args: Any, select: str | None, errors: dict[str, str] | None = None,
               typed: dict[str, str] | None = None) -> str:
    """The team timeline with task ``select`` chosen for a move (and a refused move's ``errors`` by field and what
    was ``typed``, shown as it was)."""
    chosen = team.TeamFilter.from_args(args)
    work = team.team_work(chosen)
    selected = next((i for i in work["items"] if str(i["work_item_id"]) == select), None)
    filters = _filters(args)

    def select_url(item: dict[str, Any]) -> str:
        return url_for("orchestration_ui.team_timeline", select=item["work_item_id"], **filters)

    return render_template("workspace/team_timeline.html", work=work, chosen=chosen, selected=selected,
                           select_url=select_url, errors=errors or {}, typed=typed,
                           chart=gantt(work, args.get("zoom", "auto")) if work["items"] else None,
                           people=team.people_for({selected["role"]}) if selected else {}, zooms=("auto", *ZOOMS))


@bp.post("/team-timeline/<int:work_item_id>")
@page_roles(*team.MANAGERS)
def move_work(work_item_id: int) -> Response | tuple[str, int]:
    """Reassign (``assignee``) and/or reschedule (``due``, a local ISO date-time taken as UTC) one work item: both
    or neither (a refused due time undoes the reassignment, and the page shows why beside the field, as typed)."""
    said: list[str] = []
    try:
        with savepoint():
            if "assignee" in request.form:
                item = team.reassign(work_item_id, request.form["assignee"], current_user)
                said.append(f"“{item.title}” is now "
                            f"{'with ' + item.assignee.username if item.assignee else 'open to its role'}.")
            if request.form.get("due"):
                item, moved = team.reschedule(work_item_id, _utc(request.form["due"]), current_user)
                if moved:
                    behind = f" It is {state_label(item.jeopardy).lower()}: the jeopardy board has it." \
                        if item.jeopardy in ("at_risk", "late") else ""
                    said.append(f"“{item.title}” is now due {item.due_at:%Y-%m-%d %H:%M} UTC.{behind}")
    except Invalid as exc:
        errors = {str(e.get("field", "")): str(e.get("message", "")) for e in exc.errors}
        typed = {key: request.form.get(key, "") for key in ("assignee", "due")}
        return _team_page(request.form, str(work_item_id), errors, typed), 422
    for message in said:
        flash(message, "info")
    return redirect(url_for("orchestration_ui.team_timeline", **_filters(request.form)))


def _utc(text: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise Invalid(errors=[{"field": "due", "message": "a date and time like 2026-12-24T17:00"}]) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _filters(form: Any) -> dict[str, Any]:
    return {key: form[key] for key in ("role", "region", "jeopardy", "zoom") if form.get(key)}


@bp.app_context_processor
def order_page_access() -> dict[str, Any]:
    """Whether links to order pages, the order desk's actions and a task are worth showing to the logged-in user."""
    signed_in = current_user.is_authenticated
    return {"may_open_orders": signed_in and current_user.has_role(*ORDER_PAGE_ROLES),
            "may_work_orders": signed_in and current_user.has_role(*ORDER_DESK_ROLES),
            "may_open_task": lambda task: signed_in and inbox.may_open_task(current_user, task["role"],
                                                                              task.get("assignee"))}


def _instance_url(instance_id: int) -> str:
    return url_for("instances.show", instance_id=instance_id)
