"""Model test cases that script events: messages that arrive (by name) and timers that fire (by element id)."""
from __future__ import annotations

import io
import json
from typing import Any

import pytest

from tests.helpers import REPO

FIELD_VISIT = [REPO / "bpmn" / "plan_field_visit.bpmn", REPO / "forms" / "survey_site.json",
               REPO / "forms" / "install_ont.json"]
SHIPPED = json.loads((REPO / "model_tests" / "processes" / "plan_field_visit.json").read_text())
AMENDED = next(case for case in SHIPPED if case["name"].startswith("order amended"))
SERVICE_CALL = (REPO / "app" / "studio" / "bpmn_templates" / "service_call.bpmn").read_text()


def deploy_service_call(api: Any) -> None:
    content = SERVICE_CALL.replace("TEMPLATE_ID", "call_twice").encode()
    answer = api.post("/api/v1/models", content_type="multipart/form-data",
                      data={"files": [(io.BytesIO(content), "call_twice.bpmn")]})
    assert answer.status_code == 201, answer.json


def run(api: Any, process_id: str) -> list[dict[str, Any]]:
    answer = api.post(f"/api/v1/processes/{process_id}/tests/run")
    assert answer.status_code == 200, answer.json
    return answer.json["cases"]


def test_a_scripted_message_interrupts_the_survey_and_takes_the_amended_path(api: Any) -> None:
    assert api.deploy(*FIELD_VISIT).status_code == 201
    assert api.post("/api/v1/processes/plan_field_visit/tests", json=AMENDED).status_code == 201
    without = {**AMENDED, "name": "no message", "messages": {}}
    assert api.post("/api/v1/processes/plan_field_visit/tests", json=without).status_code == 201
    results = {case["name"]: case for case in run(api, "plan_field_visit")}
    amended = results[AMENDED["name"]]
    assert amended["passed"], amended
    assert amended["actual"]["path"][:4] == ["start", "survey_gateway", "survey_amended", "take_amendment"]
    assert amended["actual"]["data"]["site_postcode"] == "SW1A 2AA"
    missed = results["no message"]
    assert not missed["passed"]
    assert missed["actual"]["stopped_at"] == "survey_site"
    assert "no answer for user task 'survey_site'" in missed["first_difference"]["message"]


def test_a_scripted_timer_fires_and_an_unscripted_one_is_named(api: Any) -> None:
    deploy_service_call(api)
    retried = ["start", "first_attempt", "call_again", "call_service", "count_attempt", "done_gateway",
               "wait_before_retry", "call_again", "call_service", "count_attempt", "done_gateway", "end"]
    case = {"name": "not done at first: waits, calls again", "start_data": {},
            "connectors": {"call_service": [{"state": "in_progress"}, {"state": "completed"}]},
            "timers": {"wait_before_retry": 1}, "expected_path": retried, "expected_data": {"attempt": 2}}
    assert api.post("/api/v1/processes/call_twice/tests", json=case).status_code == 201
    no_timer = {**case, "name": "timer not scripted", "timers": {}}
    assert api.post("/api/v1/processes/call_twice/tests", json=no_timer).status_code == 201
    results = {result["name"]: result for result in run(api, "call_twice")}
    assert results[case["name"]]["passed"], results[case["name"]]
    stopped = results["timer not scripted"]
    assert not stopped["passed"] and stopped["actual"]["stopped_at"] == "wait_before_retry"
    assert "waits for timer 'wait_before_retry', which the case does not script" in stopped["actual"]["reason"]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("messages", {"order_amended": "moved"}, "must be a payload object or a list of them"),
    ("messages", [], "must be a JSON object"),
    ("timers", {"wait": 0}, "how many times it fires"),
    ("timers", {"wait": "PT1M"}, "how many times it fires"),
])
def test_bad_message_or_timer_scripts_are_refused_by_field(api: Any, field: str, value: Any, message: str) -> None:
    deploy_service_call(api)
    answer = api.post("/api/v1/processes/call_twice/tests",
                      json={"name": "bad", "expected_path": ["start"], field: value})
    assert answer.status_code == 422
    assert any(e["field"].startswith(field) and message in e["message"] for e in answer.json["errors"]), answer.json


def test_a_recorded_run_keeps_the_messages_it_received_and_replays_as_a_case(api: Any, app: Any) -> None:
    """What "save as test case" reads from a finished run: the message it got comes back as the case's script."""
    from sqlalchemy import select

    from app.engine import instances as engine
    from app.engine import replay
    from app.engine import runtime
    from app.extensions import db
    from app.studio.models import ProcessVersion

    assert api.deploy(*FIELD_VISIT).status_code == 201
    with app.app_context():
        version = db.session.scalar(select(ProcessVersion).where(ProcessVersion.process_id == "plan_field_visit"))
        assert version is not None
        script = replay.Script(user_tasks=AMENDED["user_tasks"], connectors=AMENDED["connectors"],
                               messages=AMENDED["messages"])
        script_engine = engine._script_engine(lambda d, f: ({}, {}))
        workflow = runtime.new_workflow(version.id, version.flavour, version.spec_json or "", AMENDED["start_data"],
                                        script_engine)
        error = runtime.run_to_wait(workflow)
        while error is None and not workflow.completed:
            step = replay._answer_next(workflow, script)
            assert not isinstance(step, replay.Replay), step
            error = step
        assert error is None and workflow.completed
        state = runtime.dump_workflow(version.flavour, workflow)
        recorded = replay.record(version.id, version.flavour, version.spec_json or "", state)
    assert recorded.messages == {"order_amended": [AMENDED["messages"]["order_amended"]]}
    assert recorded.timers == {}
    assert recorded.path == AMENDED["expected_path"]
