"""The business calendar over the API: its hours, closure days and the history of their changes; fulfilment managers
and process admins add and remove closure days, which re-times the open work on the business clock and raises the
alerts of work put at risk or late (app/jeopardy/closures.py)."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import json_object
from app.api.spec import documented
from app.api.spec import json_body
from app.api.spec import resource
from app.auth.access import api_roles
from app.auth.access import api_user
from app.jeopardy import closures
from app.validation import DB_INT_MAX
from app.validation import int_arg

_DAY = {"type": "string", "format": "date"}
_CLOSURE = resource("date", "name", "source", date=_DAY, name={"type": "string"},
                    source={"enum": ["configuration", "stored"],
                            "description": "configuration: a holiday of ORDRA_BUSINESS_HOURS (changed there only)"},
                    added_by={"type": ["string", "null"]},
                    added_at={"type": ["string", "null"], "format": "date-time"})
_RETIMED = {"type": "integer", "description": "open watches on the business clock re-timed by the change"}
_NOW_AT_RISK = {"type": "integer", "description": "of those, the watches the change put at risk or late: their "
                                                  "alerts are raised in the change's transaction"}
_CHANGE = resource("date", "name", "change", "by", "by_name", "at", "retimed", "now_at_risk", date=_DAY,
                   name={"type": "string"},
                   change={"enum": ["added", "removed"]},
                   by={"type": ["string", "null"], "description": "the username of who made the change"},
                   by_name={"type": ["string", "null"], "description": "their display name"},
                   at={"type": "string", "format": "date-time"}, retimed=_RETIMED, now_at_risk=_NOW_AT_RISK)
_CALENDAR = resource("timezone", "days", "hours", "closure_days", "changes", "changes_total",
                     timezone={"type": "string"},
                     days={"type": "array", "items": {"enum": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}},
                     hours={"type": "string", "description": "opening hours, e.g. 09:00-17:30"},
                     description={"type": "string"},
                     closure_days={"type": "array", "items": _CLOSURE, "description": "by date, past ones too"},
                     changes={"type": "array", "items": _CHANGE,
                              "description": f"the history of closure days added and removed, newest first: "
                                             f"{closures.CHANGES_SHOWN} from ?changes_offset= (0 unless given)"},
                     changes_total={"type": "integer", "description": "how many changes the history holds"})
_ADDED = {**_CLOSURE, "properties": {**_CLOSURE["properties"], "retimed": _RETIMED, "now_at_risk": _NOW_AT_RISK}}
_ADD_BODY = json_body({"type": "object", "required": ["date", "name"], "properties": {
    "date": {**_DAY, "description": "a business day (not a weekend day nor a holiday already)"},
    "name": {"type": "string", "minLength": 1, "maxLength": closures.NAME_MAX}}})


@bp.get("/business-calendar")
@documented("The business hours SLAs on the business clock run in, every closure day (configured holidays "
            "and those added here), by date, and the history of the closure days added and removed, newest first",
            tag="jeopardy", response=_CALENDAR,
            query={"changes_offset": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX}})
@api_roles(*closures.VIEWERS)
def business_calendar() -> Response:
    return jsonify(closures.calendar_json(changes_offset=int_arg("changes_offset", 0, 0, DB_INT_MAX)))


@bp.post("/business-calendar/closure-days")
@documented("Add a closure day (fulfilment managers, process admins): open work on the business clock whose time "
            "it crosses is re-timed at once (and work it puts at risk raised at once); kept in the history",
            tag="jeopardy", body=_ADD_BODY, ok=201, response=_ADDED)
@api_roles(*closures.EDITORS)
def add_closure_day() -> tuple[Response, int]:
    body = json_object()
    closure, change = closures.add(body.get("date"), body.get("name"), actor_id=api_user().id)
    return jsonify({**closures.closure_json(closure), "retimed": change.retimed,
                    "now_at_risk": change.now_at_risk}), 201


@bp.delete("/business-calendar/closure-days/<day>")
@documented("Remove a closure day added here (fulfilment managers, process admins; a configured holiday is 404): "
            "open work on the business clock whose time it crossed is re-timed at once, and the alerts of work now "
            "at risk or late raised at once; kept in the history", tag="jeopardy", errors=(404,),
            response=resource("date", "retimed", "now_at_risk", date=_DAY, retimed=_RETIMED, now_at_risk=_NOW_AT_RISK))
@api_roles(*closures.EDITORS)
def remove_closure_day(day: str) -> Response:
    change = closures.remove(day, actor_id=api_user().id)
    return jsonify({"date": change.day.isoformat(), "retimed": change.retimed, "now_at_risk": change.now_at_risk})
