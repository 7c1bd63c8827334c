"""Model tests: saved cases for decisions and processes, run on demand, on validate and on every deploy."""
from __future__ import annotations

import io
from typing import Any

import pytest

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO

APPROVAL_LEVEL = (REPO / "dmn" / "approval_level.dmn").read_bytes()
CHANGE_REQUEST = (REPO / "bpmn" / "change_request.bpmn").read_bytes()
DETAILS = {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2026-01-01", "cabling_needed": False}
AUTO_PATH = ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "end_auto"]


@pytest.fixture(autouse=True)
def deployed(api: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201


def upload(api: Any, url: str, *files: tuple[bytes, str], **form: str) -> Any:
    return api.post(url, content_type="multipart/form-data",
                    data={"files": [(io.BytesIO(content), name) for content, name in files], **form})


def small_needs_approval() -> bytes:
    """approval_level with its first row changed: small orders without works now need approval."""
    changed = APPROVAL_LEVEL.replace(b'<outputEntry id="r1_needed"><text>false</text>',
                                     b'<outputEntry id="r1_needed"><text>true</text>')
    assert changed != APPROVAL_LEVEL
    return changed


def save_auto_case(api: Any) -> Any:
    response = api.post("/api/v1/processes/change_request/tests", json={
        "name": "small order goes through", "start_data": {"customer": "ACME"},
        "user_tasks": {"enter_details": DETAILS}, "expected_path": AUTO_PATH,
        "expected_data": {"surcharge": 0, "approval_needed": False}})
    assert response.status_code == 201, response.json
    return response


def test_process_case_runs_and_reports_its_path(api: Any) -> None:
    save_auto_case(api)
    run = api.post("/api/v1/processes/change_request/tests/run")
    assert run.status_code == 200, run.json
    mine = [c for c in run.json["cases"] if c["name"] == "small order goes through"]
    assert len(mine) == 1
    assert mine[0]["passed"] is True, mine[0]
    assert mine[0]["actual"]["path"] == AUTO_PATH
    assert mine[0]["first_difference"] is None


def test_decision_case_names_the_output_that_differs(api: Any) -> None:
    created = api.post("/api/v1/decisions/approval_level/tests", json={
        "name": "500 Mbps is high bandwidth", "inputs": {"bandwidth": 500, "surcharge": 0},
        "expected": {"approval_needed": True, "level": "standard"}})
    assert created.status_code == 201, created.json
    run = api.post("/api/v1/decisions/approval_level/tests/run").json["cases"]
    case = next(c for c in run if c["name"] == "500 Mbps is high bandwidth")
    assert case["passed"] is False
    assert case["first_difference"]["output"] == "level"
    assert case["first_difference"]["element"] == "r_large"  # the row that gave the output
    assert case["actual"]["level"] == "high bandwidth"
    assert case["matched_rules"] == ["r_large"]


def test_deploy_breaking_a_saved_case_is_refused_naming_it_then_forced(api: Any) -> None:
    save_auto_case(api)
    refused = upload(api, "/api/v1/models", (small_needs_approval(), "approval_level.dmn"))
    assert refused.status_code == 422, refused.json
    named = [e for e in refused.json["errors"] if e.get("case") == "small order goes through"]
    assert len(named) == 1, refused.json["errors"]
    assert named[0]["element"] == "approve"  # where the path now turns off the expected one
    assert "small order goes through" in named[0]["message"] and "approve" in named[0]["message"]
    before = api.get("/api/v1/models").json["decisions"]
    assert max(d["version"] for d in before if d["id"] == "approval_level") == 1  # nothing was stored

    validated = upload(api, "/api/v1/models/validate", (small_needs_approval(), "approval_level.dmn"))
    assert validated.json["valid"] is False
    assert any(e["element"] == "approve" for e in validated.json["errors"])

    forced = upload(api, "/api/v1/models", (small_needs_approval(), "approval_level.dmn"), force="true")
    assert forced.status_code == 201, forced.json
    assert [f["case"] for f in forced.json["forced_test_failures"]] == ["small order goes through"]
    audit = api.get(f"/api/v1/deployments/{forced.json['deployment']}").json
    assert audit["forced_test_failures"][0]["element"] == "approve"
    assert audit["deployed_by"] == "admin"


def test_case_fields_are_checked(api: Any) -> None:
    bad = api.post("/api/v1/processes/change_request/tests", json={
        "name": "", "user_tasks": {"enter_details": "yes"}, "expected_path": "start", "colour": 1})
    assert bad.status_code == 422
    fields = {e["field"] for e in bad.json["errors"]}
    assert {"colour", "expected_path", "user_tasks.enter_details"} <= fields
    assert api.post("/api/v1/processes/nope/tests", json={"name": "x", "expected_data": {"a": 1}}).status_code == 404
    assert api.post("/api/v1/decisions/approval_level/tests", json={"name": "x"}).status_code == 422
    assert api.post("/api/v1/decisions/approval_level/tests/run", user="agent").status_code == 403
    save_auto_case(api)
    assert api.post("/api/v1/processes/change_request/tests", json={
        "name": "small order goes through", "expected_data": {"a": 1}}).status_code == 409


def test_completed_instance_saved_as_test_case_replays(api: Any) -> None:
    started = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "ACME"}})
    assert started.status_code == 201, started.json
    instance = started.json
    task = next(t for t in instance["tasks"] if t["status"] == "open")
    done = api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": DETAILS})
    assert done.status_code == 200, done.json
    assert api.get(f"/api/v1/instances/{instance['id']}").json["status"] == "completed"

    saved = api.post(f"/api/v1/instances/{instance['id']}/test-case", json={"name": "captured"})
    assert saved.status_code == 201, saved.json
    assert saved.json["start_data"] == {"customer": "ACME"}
    assert saved.json["user_tasks"]["enter_details"][0]["bandwidth"] == 100
    assert saved.json["expected_path"] == AUTO_PATH
    run = api.post("/api/v1/processes/change_request/tests/run").json["cases"]
    assert next(c for c in run if c["name"] == "captured")["passed"] is True


def test_a_model_holds_a_bounded_number_of_cases(api: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.studio import model_tests

    monkeypatch.setattr(model_tests, "MAX_CASES", 1)
    save_auto_case(api)
    second = api.post("/api/v1/processes/change_request/tests", json={"name": "another", "expected_data": {"a": 1}})
    assert second.status_code == 409 and "the most one model may have" in second.json["errors"][0]["message"]


def test_cli_deploy_refuses_a_breaking_change_unless_forced(app: Any, api: Any, tmp_path: Any) -> None:
    save_auto_case(api)
    changed = tmp_path / "approval_level.dmn"
    changed.write_bytes(small_needs_approval())
    refused = app.test_cli_runner().invoke(args=["models", "deploy", str(changed)])
    assert refused.exit_code == 1 and "small order goes through" in refused.output
    forced = app.test_cli_runner().invoke(args=["models", "deploy", "--force", str(changed)])
    assert forced.exit_code == 0, forced.output
    assert api.get("/api/v1/deployments").json[0]["forced_test_failures"][0]["case"] == "small order goes through"
