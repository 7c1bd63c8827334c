"""Model tests over the API: save sample cases for processes and decisions, run them, capture one from an
instance."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api import bp
from app.api.body import json_object
from app.auth.access import api_roles
from app.auth.access import api_user
from app.studio import model_tests
from app.validation import check_text

# /api/v1/processes/<id>/tests and /api/v1/decisions/<id>/tests: the URL says the kind in the plural
PLURAL = {"processes": "process", "decisions": "decision"}


def _kind(kinds: str) -> str:
    return PLURAL[kinds]  # the route's converter admits only these


@bp.get("/<any(processes, decisions):kinds>/<model_id>/tests")
@api_roles("process_admin")
def list_model_tests(kinds: str, model_id: str) -> Response:
    return jsonify([model_tests.case_json(c) for c in model_tests.list_cases(_kind(kinds), model_id)])


@bp.post("/<any(processes, decisions):kinds>/<model_id>/tests")
@api_roles("process_admin")
def create_model_test(kinds: str, model_id: str) -> tuple[Response, int]:
    case = model_tests.create_case(_kind(kinds), model_id, json_object(), actor_id=api_user().id)
    return jsonify(model_tests.case_json(case)), 201


@bp.delete("/<any(processes, decisions):kinds>/<model_id>/tests/<int:case_id>")
@api_roles("process_admin")
def delete_model_test(kinds: str, model_id: str, case_id: int) -> tuple[str, int]:
    model_tests.delete_case(_kind(kinds), model_id, case_id)
    return "", 204


@bp.post("/<any(processes, decisions):kinds>/<model_id>/tests/run")
@api_roles("process_admin")
def run_model_tests(kinds: str, model_id: str) -> Response:
    """Every saved case of the model, on its newest deployed version."""
    return jsonify({"cases": model_tests.run_saved(_kind(kinds), model_id)})


@bp.post("/instances/<int:instance_id>/test-case")
@api_roles("process_admin")
def save_instance_as_test(instance_id: int) -> tuple[Response, int]:
    """"Save as test case": a completed instance's start data, answers, connector results, path and end data."""
    name = check_text(json_object().get("name"), "name", 200, required=True)
    case = model_tests.capture(instance_id, name, actor_id=api_user().id)
    return jsonify(model_tests.case_json(case)), 201
