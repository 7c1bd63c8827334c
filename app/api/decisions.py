"""Decisions over the API: evaluate a deployed decision with given facts (scripts, tests)."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import json_object
from app.api.spec import EVALUATE_BODY
from app.api.spec import documented
from app.api.spec import ref
from app.auth.access import api_roles
from app.errors import Invalid
from app.studio import decisions


@bp.post("/decisions/<decision_id>/evaluate")
@documented("Evaluate a deployed decision with {\"facts\": {...}} and explain it, as the studio's test panel does: a "
            "fact named after another decision of its file stands for that decision", tag="studio",
            body=EVALUATE_BODY, response=ref("Evaluation"))
@api_roles("process_admin")
def evaluate_decision(decision_id: str) -> Response:
    payload = json_object()
    facts = payload.get("facts", payload.get("data", {}))
    if not isinstance(facts, dict):
        raise Invalid(errors=[{"field": "facts", "message": "must be a JSON object of input values"}])
    return jsonify(decisions.try_out(decision_id, facts))
