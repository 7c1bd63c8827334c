"""The business calendar over the API: its hours and closure days; fulfilment managers and process admins add and
remove closure days, which re-times the open work on the business clock (app/jeopardy/closures.py)."""
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

_DAY = {"type": "string", "format": "date"}
_CLOSURE = resource("date", "name", "source", date=_DAY, name={"type": "string"},
                    source={"enum": ["configuration", "stored"],
                            "description": "configuration: a holiday of ORDRA_BUSINESS_HOURS (changed there only)"},
                    added_by={"type": ["string", "null"]},
                    added_at={"type": ["string", "null"], "format": "date-time"})
_CALENDAR = resource("timezone", "days", "hours", "closure_days", timezone={"type": "string"},
                     days={"type": "array", "items": {"enum": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}},
                     hours={"type": "string", "description": "opening hours, e.g. 09:00-17:30"},
                     description={"type": "string"},
                     closure_days={"type": "array", "items": _CLOSURE, "description": "by date, past ones too"})
_RETIMED = {"type": "integer", "description": "open watches on the business clock re-timed by the change"}
_ADDED = {**_CLOSURE, "properties": {**_CLOSURE["properties"], "retimed": _RETIMED}}
_ADD_BODY = json_body({"type": "object", "required": ["date", "name"], "properties": {
    "date": {**_DAY, "description": "a business day (not a weekend day nor a holiday already)"},
    "name": {"type": "string", "minLength": 1, "maxLength": closures.NAME_MAX}}})


@bp.get("/business-calendar")
@documented("The business hours SLAs on the business clock run in, and every closure day (configured holidays "
            "and those added here), by date", tag="jeopardy", response=_CALENDAR)
@api_roles(*closures.VIEWERS)
def business_calendar() -> Response:
    return jsonify(closures.calendar_json())


@bp.post("/business-calendar/closure-days")
@documented("Add a closure day (fulfilment managers, process admins): open work on the business clock whose time "
            "it crosses is re-timed at once", tag="jeopardy", body=_ADD_BODY, ok=201, response=_ADDED)
@api_roles(*closures.EDITORS)
def add_closure_day() -> tuple[Response, int]:
    body = json_object()
    closure, moved = closures.add(body.get("date"), body.get("name"), actor_id=api_user().id)
    return jsonify({**closures.closure_json(closure), "retimed": moved}), 201


@bp.delete("/business-calendar/closure-days/<day>")
@documented("Remove a closure day added here (fulfilment managers, process admins; a configured holiday is 404): "
            "open work on the business clock whose time it crossed is re-timed at once", tag="jeopardy",
            errors=(404,), response=resource("date", "retimed", date=_DAY, retimed=_RETIMED))
@api_roles(*closures.EDITORS)
def remove_closure_day(day: str) -> Response:
    removed, moved = closures.remove(day, actor_id=api_user().id)
    return jsonify({"date": removed.isoformat(), "retimed": moved})
