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
from app.validation import choice_arg


@bp.get("/jeopardies")
@documented("Jeopardy alerts for the caller's roles (?acknowledged=true for all)", tag="jeopardy",
            response=list_of("Jeopardy"), query={"acknowledged": {"enum": ["true", "false"]}})
@api_roles(*jeopardy.VIEWERS)
def list_jeopardies() -> Response:
    include_done = choice_arg("acknowledged", ("true", "false"), "false") == "true"
    alerts = jeopardy.alerts_for(api_user(), include_acknowledged=include_done)
    return jsonify([jeopardy.alert_json(alert) for alert in alerts])


@bp.post("/jeopardies/<int:alert_id>/acknowledge")
@documented("Acknowledge an alert", tag="jeopardy", response=ref("Jeopardy"))
@api_roles(*jeopardy.VIEWERS)
def acknowledge_jeopardy(alert_id: int) -> Response:
    return jsonify(jeopardy.alert_json(jeopardy.acknowledge(alert_id, api_user())))
