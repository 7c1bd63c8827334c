"""Inbox pages: the list of work items and the task form."""
from __future__ import annotations

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from app import taskforms
from app.auth.access import page_roles
from app.inbox import service as inbox
from app.inbox import tasklist
from app.inbox.models import WorkItem
from app.inbox.tasklist import TaskQuery
from app.jeopardy import service as jeopardy

bp = Blueprint("inbox", __name__)
# The newest jeopardy alerts shown above the tasklist (the heading counts them all).
INBOX_ALERTS = 20


@bp.get("/")
@page_roles()
def index() -> str:
    query = TaskQuery.from_args(request.args)
    rows, total = tasklist.task_page(current_user, query)
    template = "inbox/_tasklist.html" if request.headers.get("HX-Request") else "inbox/index.html"
    return render_template(template, rows=rows, total=total, query=query, views=tasklist.VIEWS,
                           per_page=tasklist.PER_PAGE, alerts=jeopardy.alerts_for(current_user, limit=INBOX_ALERTS))


@bp.route("/tasks/<int:work_item_id>", methods=["GET", "POST"])
@page_roles()
def task(work_item_id: int) -> str | Response:
    item = inbox.get_work_item(work_item_id, current_user)
    spec = inbox.form_spec(item)
    form = taskforms.form_for_task(spec, item.task_data, formdata=request.form if request.method == "POST" else None,
                                   csrf=True)
    if request.method == "POST" and form.validate():
        inbox.complete_validated(item, taskforms.clean_form_data(form, spec, item.task_data), current_user)
        flash(f"“{item.title}” completed.", "info")
        return redirect(_after_completing(item))
    return render_template("inbox/task.html", item=item, form=form, spec=spec)


@bp.post("/tasks/<int:work_item_id>/claim")
@page_roles()
def claim(work_item_id: int) -> Response:
    inbox.claim(work_item_id, current_user)
    return redirect(url_for("inbox.task", work_item_id=work_item_id))


@bp.post("/tasks/<int:work_item_id>/unclaim")
@page_roles()
def unclaim(work_item_id: int) -> Response:
    inbox.unclaim(work_item_id, current_user)
    return redirect(url_for("inbox.index"))


def _after_completing(item: WorkItem) -> str:
    """Complete and next: the most urgent task the user may take; otherwise (and after Complete) the list."""
    if request.form.get("after") == "next":
        following = tasklist.next_task(current_user, item)
        if following is not None:
            return url_for("inbox.task", work_item_id=following.id)
        flash("That was the last task waiting for you.", "info")
    return url_for("inbox.index")
