"""Jeopardy alerts over the API."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.spec import documented
from app.api.spec import list_of
from app.api.spec import ref
from app.auth.access import api_roles
from app.auth.access import api_user
from app.jeopardy import service as jeopardy
from app.validation import DB_INT_MAX
from app.validation import choice_arg
from app.validation import paging_args

MAX_PAGE = 500


@bp.get("/jeopardies")
@documented("Jeopardy alerts for the caller's roles still to act on (unacknowledged, on open work, at its current "
            "level), newest first (?acknowledged=true for all, each saying whether its work is closed); a page of "
            "?offset=&limit= (200 unless given), X-Total-Count says how many there are", tag="jeopardy",
            response=list_of("Jeopardy"), query={
                "acknowledged": {"enum": ["true", "false"]},
                "offset": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX},
                "limit": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}})
@api_roles(*jeopardy.VIEWERS)
def list_jeopardies() -> Response:
    include_done = choice_arg("acknowledged", ("true", "false"), "false") == "true"
    offset, limit = paging_args(200, MAX_PAGE)
    user = api_user()
    alerts = jeopardy.alerts_for(user, include_acknowledged=include_done, offset=offset, limit=limit)
    response = jsonify([jeopardy.alert_json(alert) for alert in alerts])
    response.headers["X-Total-Count"] = str(jeopardy.count_alerts(user, include_acknowledged=include_done))
    return response


@bp.post("/jeopardies/<int:alert_id>/acknowledge")
@documented("Acknowledge an alert", tag="jeopardy", response=ref("Jeopardy"))
@api_roles(*jeopardy.VIEWERS)
def acknowledge_jeopardy(alert_id: int) -> Response:
    return jsonify(jeopardy.alert_json(jeopardy.acknowledge(alert_id, api_user())))
