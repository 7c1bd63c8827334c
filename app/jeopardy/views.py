"""The jeopardy board for managers."""
from __future__ import annotations

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from app.auth.access import page_roles
from app.database import utcnow
from app.errors import Invalid
from app.jeopardy import closures
from app.jeopardy import service as jeopardy
from app.jeopardy.calendar import configured_calendar
from app.jeopardy.forms import ClosureDayForm
from app.jeopardy.models import ClosureDayChange
from app.validation import DB_INT_MAX
from app.validation import int_arg

bp = Blueprint("jeopardy", __name__, url_prefix="/jeopardy")


@bp.get("/")
@page_roles(*jeopardy.VIEWERS)
def index() -> str:
    offset = int_arg("offset", 0, 0, DB_INT_MAX)
    return render_template("jeopardy/board.html", board=jeopardy.board(offset=offset),
                           alerts=jeopardy.alerts_for(current_user))


@bp.post("/alerts/<int:alert_id>/acknowledge")
@page_roles(*jeopardy.VIEWERS)
def acknowledge(alert_id: int) -> Response:
    jeopardy.acknowledge(alert_id, current_user)
    return redirect(request.referrer or url_for("jeopardy.index"))


@bp.get("/calendar")
@page_roles(*closures.VIEWERS)
def business_calendar() -> str:
    return _calendar_page(ClosureDayForm())


@bp.post("/calendar")
@page_roles(*closures.EDITORS)
def add_closure_day() -> Response | tuple[str, int]:
    form = ClosureDayForm()
    if not form.validate():  # the CSRF token; the service checks the rest
        return _calendar_page(form), 400
    try:
        closure, change = closures.add(form.date.data, form.name.data, actor_id=current_user.id)
    except Invalid as exc:
        form.add_errors(exc.errors)
        return _calendar_page(form), 422
    flash(f"Added the closure day {closure.day.isoformat()} ({closure.name}); {_retimed(change)}.", "info")
    return redirect(url_for("jeopardy.business_calendar"))


@bp.post("/calendar/<day>/remove")
@page_roles(*closures.EDITORS)
def remove_closure_day(day: str) -> Response:
    change = closures.remove(day, actor_id=current_user.id)
    flash(f"Removed the closure day {change.day.isoformat()}; {_retimed(change)}.", "info")
    return redirect(url_for("jeopardy.business_calendar"))


def _calendar_page(form: ClosureDayForm) -> str:
    today = utcnow().astimezone(configured_calendar().zone).date()
    days = closures.closures()
    changes_offset = int_arg("changes_offset", 0, 0, DB_INT_MAX)
    return render_template("jeopardy/calendar.html", form=form, hours=configured_calendar(), today=today,
                           upcoming=[c for c in days if c.day >= today],
                           past=[c for c in reversed(days) if c.day < today],
                           may_edit=current_user.has_role(*closures.EDITORS),
                           changes=closures.changes(changes_offset), changes_total=closures.count_changes(),
                           changes_offset=changes_offset, changes_page=closures.CHANGES_SHOWN,
                           actor_name=closures.actor_name)


def _retimed(change: ClosureDayChange) -> str:
    """What the change did to the open work, for the flash message: how much moved, and how much is now at risk."""
    moved, at_risk = change.retimed, change.now_at_risk
    if moved == 0:
        return "no open work on the business clock moved"
    told = f"{moved} open {'watch' if moved == 1 else 'watches'} on the business clock re-timed"
    if at_risk:
        told += (f"; {at_risk} {'is' if at_risk == 1 else 'are'} now at risk or late, and "
                 f"{'its' if at_risk == 1 else 'their'} managers alerted (see the jeopardy board)")
    return told


@bp.app_context_processor
def alert_badge() -> dict[str, int]:
    """Unacknowledged alerts of the logged-in manager, counted once per page: the badge in the navigation, and the
    tasklist and board headings (alerts go to managers' roles only, so others have none)."""
    if not current_user.is_authenticated or not current_user.has_role(*jeopardy.VIEWERS):
        return {"jeopardy_alerts": 0}
    return {"jeopardy_alerts": jeopardy.count_alerts(current_user)}
