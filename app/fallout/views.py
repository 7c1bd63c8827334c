"""Fallout pages: the agents' queue and case page with its actions, and the managers' dashboard.

Every action is a CSRF-protected POST that validates its form, makes one service call, flashes
and redirects; an invalid form re-renders the case page with the errors next to the fields (422).
"""
from __future__ import annotations

import json
from typing import Any

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # stubs predate 3.3

from app.auth.access import page_roles
from app.database import utcnow
from app.errors import Invalid
from app.fallout import dashboard
from app.fallout import forms
from app.fallout import service as fallout
from app.fallout.models import Fallout
from app.instances import presenters
from app.jeopardy import service as jeopardy
from app.taskforms import clean_form_data
from app.taskforms import form_for_task

bp = Blueprint("fallout", __name__, url_prefix="/fallout")
WORKERS = fallout.WORKERS
MANAGERS = ("fallout_manager", "process_admin")
BULK_LIMIT = 100  # open cases listed (and selectable) on the dashboard, oldest first


@bp.get("/")
@page_roles(*WORKERS)
def queue() -> str | tuple[str, int]:
    form = forms.queue_filter_form(request.args, dashboard.choices())
    valid = form.validate()
    cases = dashboard.queue(forms.queue_filter(form), utcnow()) if valid else []
    page = render_template("fallout/queue.html", form=form, cases=cases, now=utcnow(),
                           slas=jeopardy.watches_of("fallout", [c.id for c in cases]))
    return page if valid else (page, 422)


@bp.get("/<int:fallout_id>")
@page_roles(*WORKERS)
def show(fallout_id: int) -> str:
    return _case_page(fallout.get_case(fallout_id, current_user))


@bp.post("/<int:fallout_id>/retry")
@page_roles(*WORKERS)
def retry(fallout_id: int) -> Response:
    if request.form.get("same_cause"):  # a system that was down failed each of the order's calls to it
        first, *others = fallout.retry_same_cause(fallout_id, current_user)
        return _done(first, "Retried", others)
    return _done(fallout.retry(fallout_id, current_user), "Retried")


@bp.post("/<int:fallout_id>/fix")
@page_roles(*WORKERS)
def fix(fallout_id: int) -> Response | tuple[str, int]:
    case = fallout.get_case(fallout_id, current_user)
    spec = forms.fix_data_spec(case.payload)
    form = form_for_task(spec, case.payload, formdata=request.form, csrf=True)
    if not form.validate():
        return _case_page(case, fix=form), 422
    data = forms.changed_values(clean_form_data(form, spec), case.payload)
    if request.form.get("same_cause"):
        first, *others = fallout.retry_same_cause(fallout_id, current_user, data)
        return _done(first, "Fixed the data and retried", others)
    return _done(fallout.retry(fallout_id, current_user, data), "Fixed the data and retried")


@bp.post("/<int:fallout_id>/skip")
@page_roles(*WORKERS)
def skip(fallout_id: int) -> Response | tuple[str, int]:
    form = forms.SkipForm(prefix="skip")
    if not form.validate():
        return _case_page(fallout.get_case(fallout_id, current_user), skip=form), 422
    try:
        case = fallout.skip(fallout_id, current_user, form.output(), form.reason.data or "")
    except Invalid as refused:  # not what the failed call would have answered: said at the output box
        form.data.errors = [f"{error['field']}: {error['message']}" for error in refused.errors]
        return _case_page(fallout.get_case(fallout_id, current_user), skip=form), 422
    return _done(case, "Skipped the task")


@bp.post("/<int:fallout_id>/cancel")
@page_roles(*WORKERS)
def cancel(fallout_id: int) -> Response | tuple[str, int]:
    form = forms.CancelForm(prefix="cancel")
    if not form.validate():
        return _case_page(fallout.get_case(fallout_id, current_user), cancel=form), 422
    return _done(fallout.cancel(fallout_id, current_user, form.reason.data or ""), "Cancelled the work")


@bp.post("/<int:fallout_id>/reassign")
@page_roles(*WORKERS)
def reassign(fallout_id: int) -> Response | tuple[str, int]:
    form = forms.ReassignForm(prefix="reassign")
    forms.reassign_choices(form, dashboard.assignees())
    if not form.validate():
        return _case_page(fallout.get_case(fallout_id, current_user), reassign=form), 422
    case = fallout.reassign(fallout_id, current_user, form.target.data)
    return _done(case, f"Reassigned to {forms.target_label(form)}")


@bp.get("/dashboard")
@page_roles(*MANAGERS)
def manager_dashboard() -> str:
    return _dashboard_page(None)


@bp.post("/dashboard/reassign")
@page_roles(*MANAGERS)
def bulk_reassign() -> Response | tuple[str, int]:
    form = _bulk_form(posted=True)
    if not form.validate():
        return _dashboard_page(form), 422
    cases = fallout.reassign_many(form.fallout_ids.data or [], current_user, form.target.data)
    count = f"{len(cases)} fallout case{'s' if len(cases) != 1 else ''}"
    flash(f"Reassigned {count} to {forms.target_label(form)}.", "info")
    return redirect(url_for("fallout.manager_dashboard"))


def _done(case: Fallout, what: str, others: list[Fallout] | None = None) -> Response:
    """Say what was done to the case (and to the ``others`` of the same cause, by their numbers), then show it."""
    if others is None:
        said = f"{what}: fallout #{case.id}."
    elif not others:
        said = f"{what}: fallout #{case.id}. No other open case of the order has the same cause."
    else:
        numbers = ", ".join(f"#{other.id}" for other in others)
        said = (f"{what}: fallout #{case.id}, and the order's {len(others)} other "
                f"{'case' if len(others) == 1 else 'cases'} of the same cause: {numbers}.")
    flash(said, "info")
    return redirect(url_for("fallout.show", fallout_id=case.id))


def _case_page(case: Fallout, **posted: Any) -> str:
    """Render a case with its action forms; ``posted`` holds the one form that was posted, if any."""
    spec = forms.fix_data_spec(case.payload)
    reassign: forms.ReassignForm = posted.get("reassign") or forms.ReassignForm(prefix="reassign", formdata=None)
    forms.reassign_choices(reassign, dashboard.assignees())
    action_forms = {
        "fix": posted.get("fix") or form_for_task(spec, case.payload, formdata=None, csrf=True),
        "skip": posted.get("skip") or forms.SkipForm(prefix="skip", formdata=None),
        "cancel": posted.get("cancel") or forms.CancelForm(prefix="cancel", formdata=None),
        "reassign": reassign,
    }
    history = presenters.instance_json(case.instance, with_history=True)["events"]
    answer = fallout.skipped_answer_shape(case)
    return render_template("fallout/show.html", case=case, fix_spec=spec, forms=action_forms, history=history,
                           skipped_answer=json.dumps(answer, ensure_ascii=False) if answer else None,
                           same_cause=fallout.same_cause(case),
                           sla=jeopardy.watches_of("fallout", [case.id]).get(case.id))


def _bulk_form(*, posted: bool) -> forms.BulkReassignForm:
    form = forms.BulkReassignForm(prefix="bulk") if posted else forms.BulkReassignForm(prefix="bulk", formdata=None)
    forms.reassign_choices(form, dashboard.assignees())
    open_cases = dashboard.queue(dashboard.QueueFilter(), utcnow(), limit=BULK_LIMIT)
    form.fallout_ids.choices = [SelectChoice(case.id, f"#{case.id}") for case in open_cases]
    return form


def _dashboard_page(form: forms.BulkReassignForm | None) -> str:
    figures = dashboard.figures(utcnow(), oldest=BULK_LIMIT)
    return render_template("fallout/dashboard.html", figures=figures, now=utcnow(),
                           form=form or _bulk_form(posted=False))
