"""The jeopardy board for managers."""
from __future__ import annotations

from flask import Blueprint
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from app.auth.access import page_roles
from app.jeopardy import service as jeopardy
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


@bp.app_context_processor
def alert_badge() -> dict[str, int]:
    """Unacknowledged alerts of the logged-in manager, counted once per page: the badge in the navigation, and the
    tasklist and board headings (alerts go to managers' roles only, so others have none)."""
    if not current_user.is_authenticated or not current_user.has_role(*jeopardy.VIEWERS):
        return {"jeopardy_alerts": 0}
    return {"jeopardy_alerts": jeopardy.count_alerts(current_user)}
