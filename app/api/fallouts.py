"""Fallout cases over the API: list with filters, and the actions fallout agents take."""
from __future__ import annotations

from flask import Response
from flask import jsonify
from flask import request

from app.api.blueprint import bp
from app.api.body import data_field
from app.api.body import json_object
from app.api.spec import ID
from app.api.spec import RETRY_BODY
from app.api.spec import SKIP_BODY
from app.api.spec import TEXT
from app.api.spec import documented
from app.api.spec import list_of
from app.api.spec import ref
from app.api.spec import text_body
from app.auth.access import api_roles
from app.auth.access import api_user
from app.fallout import service as fallout
from app.validation import optional_id_arg

WORKERS = fallout.WORKERS


@bp.get("/fallouts")
@documented("Fallout cases (status, category, connector, order, role filters)", tag="fallout",
            response=list_of("Fallout"), query={"status": TEXT, "category": TEXT, "connector": TEXT, "order": ID,
                                                "role": TEXT})
@api_roles(*WORKERS)
def list_fallouts() -> Response:
    order_id = optional_id_arg("order")
    cases = fallout.list_cases(status=request.args.get("status", "open"), category=request.args.get("category"),
                               connector=request.args.get("connector"), order_id=order_id,
                               role=request.args.get("role"))
    return jsonify([fallout.case_json(case) for case in cases])


@bp.get("/fallouts/<int:fallout_id>")
@documented("One fallout case with its policy decision and audit trail", tag="fallout",
            response=ref("Fallout"))
@api_roles(*WORKERS)
def get_fallout(fallout_id: int) -> Response:
    return jsonify(fallout.case_json(fallout.get_case(fallout_id, api_user()), with_events=True))


@bp.post("/fallouts/<int:fallout_id>/retry")
@documented("Retry the failed task, after fixing its input with {\"data\": {...}}; \"same_cause\": true "
            "retries the order's other open cases with the same error too", tag="fallout", body=RETRY_BODY,
            errors=(409,), response=ref("Fallout"))
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
@documented("Mark the failed task done with {\"data\": outputs, \"reason\": ...}", tag="fallout",
            body=SKIP_BODY, errors=(409,), response=ref("Fallout"))
@api_roles(*WORKERS)
def skip_fallout(fallout_id: int) -> Response:
    payload = json_object()
    case = fallout.skip(fallout_id, api_user(), data_field(payload), str(payload.get("reason", "")))
    return jsonify(fallout.case_json(case))


@bp.post("/fallouts/<int:fallout_id>/cancel")
@documented("Cancel the work the failed task belongs to", tag="fallout", body=text_body("reason"),
            errors=(409,), response=ref("Fallout"))
@api_roles(*WORKERS)
def cancel_fallout(fallout_id: int) -> Response:
    case = fallout.cancel(fallout_id, api_user(), str(json_object().get("reason", "")))
    return jsonify(fallout.case_json(case))


@bp.post("/fallouts/<int:fallout_id>/resolve")
@documented("Close a case whose task no longer fails (409 while it still fails: skip it with its output if it was "
            "done outside Ordra)", tag="fallout", body=text_body("note"), errors=(409,),
            response=ref("Fallout"))
@api_roles(*WORKERS)
def resolve_fallout(fallout_id: int) -> Response:
    case = fallout.resolve(fallout_id, api_user(), str(json_object().get("note", "")))
    return jsonify(fallout.case_json(case))
