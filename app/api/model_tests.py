"""Model tests over the API: save sample cases for processes and decisions, run them, capture one from an
instance."""
from __future__ import annotations

from typing import Any

from flask import Response
from flask import jsonify

from app.api import bp
from app.api.body import json_object
from app.auth.access import api_roles
from app.auth.access import api_user
from app.studio import model_tests
from app.validation import check_text


def _for_both(method: str, rule: str) -> Any:
    """Route ``/processes/<model_id>{rule}`` and ``/decisions/<model_id>{rule}``, passing ``kind``."""
    def register(view: Any) -> Any:
        for plural, kind in (("processes", "process"), ("decisions", "decision")):
            bp.route(f"/{plural}/<model_id>{rule}", methods=[method], defaults={"kind": kind},
                     endpoint=f"{view.__name__}_{kind}")(view)
        return view
    return register


@_for_both("GET", "/tests")
@api_roles("process_admin")
def list_model_tests(kind: str, model_id: str) -> Response:
    return jsonify([model_tests.case_json(c) for c in model_tests.list_cases(kind, model_id)])


@_for_both("POST", "/tests")
@api_roles("process_admin")
def create_model_test(kind: str, model_id: str) -> tuple[Response, int]:
    case = model_tests.create_case(kind, model_id, json_object(), actor_id=api_user().id)
    return jsonify(model_tests.case_json(case)), 201


@_for_both("DELETE", "/tests/<int:case_id>")
@api_roles("process_admin")
def delete_model_test(kind: str, model_id: str, case_id: int) -> tuple[str, int]:
    model_tests.delete_case(kind, model_id, case_id)
    return "", 204


@_for_both("POST", "/tests/run")
@api_roles("process_admin")
def run_model_tests(kind: str, model_id: str) -> Response:
    """Every saved case of the model, on its newest deployed version."""
    return jsonify({"cases": model_tests.run_saved(kind, model_id)})


@bp.post("/instances/<int:instance_id>/test-case")
@api_roles("process_admin")
def save_instance_as_test(instance_id: int) -> tuple[Response, int]:
    """"Save as test case": a completed instance's start data, answers, connector results, path and end data."""
    name = check_text(json_object().get("name"), "name", 200, required=True)
    case = model_tests.capture(instance_id, name, actor_id=api_user().id)
    return jsonify(model_tests.case_json(case)), 201
