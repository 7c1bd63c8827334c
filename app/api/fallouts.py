"""Fallout cases over the API: list with filters, and the actions fallout agents take."""
from __future__ import annotations

from flask import Response
from flask import jsonify
from flask import request

from app.api.blueprint import bp
from app.api.body import data_field
from app.api.body import json_object
from app.auth.access import api_roles
from app.auth.access import api_user
from app.fallout import service as fallout
from app.validation import optional_id_arg

WORKERS = fallout.WORKERS


@bp.get("/fallouts")
@api_roles(*WORKERS)
def list_fallouts() -> Response:
    order_id = optional_id_arg("order")
    cases = fallout.list_cases(status=request.args.get("status", "open"), category=request.args.get("category"),
                               connector=request.args.get("connector"), order_id=order_id,
                               role=request.args.get("role"))
    return jsonify([fallout.case_json(case) for case in cases])


@bp.get("/fallouts/<int:fallout_id>")
@api_roles(*WORKERS)
def get_fallout(fallout_id: int) -> Response:
    return jsonify(fallout.case_json(fallout.get_case(fallout_id, api_user()), with_events=True))


@bp.post("/fallouts/<int:fallout_id>/retry")
@api_roles(*WORKERS)
def retry_fallout(fallout_id: int) -> Response:
    """Body ``{"data": {...}, "same_cause": bool}``: with ``same_cause`` the order's other open cases with
    the same error are retried with the same fix (listed under ``also_retried``)."""
    payload = json_object()
    if payload.get("same_cause"):
        first, *others = fallout.retry_same_cause(fallout_id, api_user(), data_field(payload))
        return jsonify({**fallout.case_json(first), "also_retried": [c.id for c in others]})
    case = fallout.retry(fallout_id, api_user(), data_field(payload))
    return jsonify(fallout.case_json(case))


@bp.post("/fallouts/<int:fallout_id>/skip")
@api_roles(*WORKERS)
def skip_fallout(fallout_id: int) -> Response:
    payload = json_object()
    case = fallout.skip(fallout_id, api_user(), data_field(payload), str(payload.get("reason", "")))
    return jsonify(fallout.case_json(case))


@bp.post("/fallouts/<int:fallout_id>/cancel")
@api_roles(*WORKERS)
def cancel_fallout(fallout_id: int) -> Response:
    case = fallout.cancel(fallout_id, api_user(), str(json_object().get("reason", "")))
    return jsonify(fallout.case_json(case))


@bp.post("/fallouts/<int:fallout_id>/resolve")
@api_roles(*WORKERS)
def resolve_fallout(fallout_id: int) -> Response:
    case = fallout.resolve(fallout_id, api_user(), str(json_object().get("note", "")))
    return jsonify(fallout.case_json(case))
