"""Model tests over the API: save sample cases for processes and decisions, run them, capture one from an
instance."""
from __future__ import annotations

from collections.abc import Callable

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import json_object
from app.api.spec import F
from app.api.spec import documented
from app.api.spec import json_body
from app.api.spec import resource
from app.auth.access import api_roles
from app.auth.access import api_user
from app.studio import model_tests
from app.validation import check_text

_PROCESS_CASE = {"type": "object", "required": ["name"], "properties": {
    "name": {"type": "string", "maxLength": 200}, "start_data": {"type": "object"},
    "user_tasks": {"type": "object", "description": "task id -> answer, or a list of answers (one per visit)"},
    "connectors": {"type": "object", "description": "task id or connector name -> result, or a list of results"},
    "messages": {"type": "object", "description": "message name -> payload, or a list of payloads (each delivered "
                 "once, as soon as the process waits for it)"},
    "timers": {"type": "object", "description": "timer event id -> true (fires whenever it waits) or how many "
               "times it fires"},
    "expected_path": {"type": "array", "items": {"type": "string"}}, "expected_data": {"type": "object"},
    "expected_status": {"enum": ["completed", "error", "stopped"]}}}
_DECISION_CASE = {"type": "object", "required": ["name", "expected"], "properties": {
    "name": {"type": "string", "maxLength": 200}, "inputs": {"type": "object"}, "expected": {"type": "object"}}}
_CASE_RESULTS = {"type": "object", "required": ["cases"], "properties": {"cases": {"type": "array", "items": {
    "type": "object", "required": ["name", "passed", "expected", "actual", "first_difference"]}}}}


def _for_both(method: str, rule: str) -> Callable[[F], F]:
    """Route ``/processes/<model_id>{rule}`` and ``/decisions/<model_id>{rule}``, passing ``kind``."""
    def register(view: F) -> F:
        for plural, kind in (("processes", "process"), ("decisions", "decision")):
            bp.route(f"/{plural}/<model_id>{rule}", methods=[method], defaults={"kind": kind},
                     endpoint=f"{view.__name__}_{kind}")(view)
        return view
    return register


@_for_both("GET", "/tests")
@documented("The saved test cases of a process or decision", tag="studio", errors=(404,),
            response={"type": "array"})
@api_roles("process_admin")
def list_model_tests(kind: str, model_id: str) -> Response:
    return jsonify([model_tests.case_json(c) for c in model_tests.list_cases(kind, model_id)])


@_for_both("POST", "/tests")
@documented("Save a test case (run on every validate and deploy of the model): a process case or a decision case",
            tag="studio", body=json_body({"anyOf": [_PROCESS_CASE, _DECISION_CASE]}), ok=201, errors=(404, 409),
            response=resource("id", "name"))
@api_roles("process_admin")
def create_model_test(kind: str, model_id: str) -> tuple[Response, int]:
    case = model_tests.create_case(kind, model_id, json_object(), actor_id=api_user().id)
    return jsonify(model_tests.case_json(case)), 201


@_for_both("GET", "/tests/<int:case_id>")
@documented("One saved test case of a process or decision", tag="studio", errors=(404,),
            response=resource("id", "name"))
@api_roles("process_admin")
def get_model_test(kind: str, model_id: str, case_id: int) -> Response:
    return jsonify(model_tests.case_json(model_tests.get_case(kind, model_id, case_id)))


@_for_both("PUT", "/tests/<int:case_id>")
@documented("Replace a saved test case's name and fields, checked as on save (a shipped case edited is kept by "
            "ordra seed from then on)", tag="studio", body=json_body({"anyOf": [_PROCESS_CASE, _DECISION_CASE]}),
            errors=(404, 409), response=resource("id", "name"))
@api_roles("process_admin")
def put_model_test(kind: str, model_id: str, case_id: int) -> Response:
    return jsonify(model_tests.case_json(model_tests.update_case(kind, model_id, case_id, json_object())))


@_for_both("DELETE", "/tests/<int:case_id>")
@documented("Delete a test case", tag="studio", ok=204, errors=(404,))
@api_roles("process_admin")
def delete_model_test(kind: str, model_id: str, case_id: int) -> tuple[str, int]:
    model_tests.delete_case(kind, model_id, case_id, actor_id=api_user().id)
    return "", 204


@_for_both("POST", "/tests/restore-shipped")
@documented("Save again the model's shipped test cases a person deleted (ordra seed leaves them out)", tag="studio",
            errors=(404,), response=resource("restored", restored={"type": "integer"}))
@api_roles("process_admin")
def restore_shipped_tests(kind: str, model_id: str) -> Response:
    return jsonify({"restored": model_tests.restore_shipped(kind, model_id)})


@_for_both("POST", "/tests/run")
@documented("Run every saved case on the newest deployed version", tag="studio", errors=(404,),
            response=_CASE_RESULTS)
@api_roles("process_admin")
def run_model_tests(kind: str, model_id: str) -> Response:
    """Every saved case of the model, on its newest deployed version."""
    return jsonify({"cases": model_tests.run_saved(kind, model_id)})


@bp.post("/instances/<int:instance_id>/test-case")
@documented("Save a completed instance as a test case of its process: start data, answers, connector results, "
            "path and end data", tag="studio", body=json_body({"type": "object", "properties": {
                "name": {"type": "string", "maxLength": 200}}}), ok=201, errors=(404, 409),
            response=resource("id", "name"))
@api_roles("process_admin")
def save_instance_as_test(instance_id: int) -> tuple[Response, int]:
    """"Save as test case": a completed instance's start data, answers, connector results, path and end data."""
    name = check_text(json_object().get("name"), "name", 200, required=True)
    case = model_tests.capture(instance_id, name, actor_id=api_user().id)
    return jsonify(model_tests.case_json(case)), 201
