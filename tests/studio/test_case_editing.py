"""Saved test cases edited and deleted in the browser: a page per case with one JSON text per field, each problem
said at its field (422), the same checks as saving a case over the API; a shipped case a person edited stays theirs."""
from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from app.database import unit_of_work
from app.studio import model_tests
from tests.helpers import CHANGE_REQUEST_FILES

DECISION_CASE = {"name": "big", "inputs": {"bandwidth": 100, "surcharge": 5}, "expected": {"level": "works"}}
PROCESS_CASE = {"name": "acme", "start_data": {"customer": "Acme"}, "expected_data": {"customer": "Acme"}}


@pytest.fixture()
def admin(api: Any, client: Any) -> Any:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    client.post("/login", data={"username": "admin", "password": "demo"})
    return client


def saved(api: Any, kind: str, model_id: str, case: dict[str, Any]) -> int:
    answer = api.post(f"/api/v1/{kind}/{model_id}/tests", json=case)
    assert answer.status_code == 201, answer.json
    return int(answer.json["id"])


def field_error(response: Any, field: str) -> str:
    """The error said at ``field`` ('' if none)."""
    found = re.search(rf'<p class="field-error" id="{field}-error">(.*?)</p>', response.get_data(as_text=True), re.S)
    return html.unescape(found.group(1)) if found else ""


def decision_form(**fields: str) -> dict[str, str]:
    return {"name": "big", "inputs": json.dumps(DECISION_CASE["inputs"]), "expected": '{"level": "works"}', **fields}


def test_a_decision_case_is_edited_from_the_decision_page(admin: Any, api: Any) -> None:
    case_id = saved(api, "decisions", "approval_level", DECISION_CASE)
    listed = admin.get("/studio/decisions/approval_level").get_data(as_text=True)
    edit_url = f"/studio/decisions/approval_level/tests/{case_id}/edit"
    assert edit_url in listed
    form = admin.get(edit_url).get_data(as_text=True)
    assert "&#34;bandwidth&#34;: 100" in form or '"bandwidth": 100' in html.unescape(form)

    done = admin.post(edit_url, data=decision_form(name="bigger", expected='{"level": "cabling"}'))
    assert done.status_code == 302 and done.headers["Location"].endswith("/studio/decisions/approval_level")
    cases = api.get("/api/v1/decisions/approval_level/tests").json
    assert [(c["name"], c["expected"]) for c in cases] == [("bigger", {"level": "cabling"})]
    run = api.post("/api/v1/decisions/approval_level/tests/run").json["cases"]
    assert run[0]["passed"] is False  # the edited expectation is what is replayed


def test_each_problem_is_said_at_its_field(admin: Any, api: Any) -> None:
    case_id = saved(api, "decisions", "approval_level", DECISION_CASE)
    url = f"/studio/decisions/approval_level/tests/{case_id}/edit"
    bad = admin.post(url, data=decision_form(name="", inputs="{not json", expected="{}"))
    assert bad.status_code == 422
    assert "not valid JSON" in field_error(bad, "inputs")
    assert field_error(bad, "name") and field_error(bad, "expected") == ""  # the JSON is read first
    empty = admin.post(url, data=decision_form(expected="[1]"))
    assert empty.status_code == 422 and field_error(empty, "expected") == "must be a JSON object"
    assert api.get("/api/v1/decisions/approval_level/tests").json[0]["expected"] == {"level": "works"}


def test_a_case_holds_no_more_than_task_data_may(admin: Any, api: Any) -> None:
    """Its data is replayed as task data on every deploy: the page and the API refuse the same, at the field."""
    case_id = saved(api, "decisions", "approval_level", DECISION_CASE)
    url = f"/studio/decisions/approval_level/tests/{case_id}/edit"
    too_big = admin.post(url, data=decision_form(inputs=json.dumps({"bandwidth": list(range(100_001))})))
    assert too_big.status_code == 422 and "100,000 values" in field_error(too_big, "inputs")
    assert field_error(too_big, "inputs").startswith("bandwidth: ")


def test_a_process_case_says_which_answer_is_wrong_and_which_name_is_taken(admin: Any, api: Any) -> None:
    case_id = saved(api, "processes", "change_request", PROCESS_CASE)
    saved(api, "processes", "change_request", {**PROCESS_CASE, "name": "other"})
    url = f"/studio/processes/change_request/tests/{case_id}/edit"
    assert url in admin.get("/studio/processes/change_request/versions/1").get_data(as_text=True)
    form = {"name": "acme", "start_data": '{"customer": "Acme"}', "user_tasks": '{"approve": 5}', "connectors": "",
            "messages": "", "timers": "", "expected_path": "", "expected_data": '{"customer": "Acme"}',
            "expected_status": "completed"}
    wrong = admin.post(url, data=form)
    assert wrong.status_code == 422
    assert field_error(wrong, "user_tasks") == "approve: must be an answer object or a list of them"
    taken = admin.post(url, data={**form, "user_tasks": "", "name": "other"})
    assert taken.status_code == 422 and "another test case of change_request is named 'other'" in field_error(taken,
                                                                                                                 "name")
    done = admin.post(url, data={**form, "user_tasks": "", "expected_status": "stopped"})
    assert done.status_code == 302 and done.headers["Location"].endswith("/studio/processes/change_request/versions/1")
    case = next(c for c in api.get("/api/v1/processes/change_request/tests").json if c["id"] == case_id)
    assert case["expected_status"] == "stopped" and case["expected_path"] is None


def test_a_case_is_deleted_with_a_form_post(admin: Any, api: Any) -> None:
    case_id = saved(api, "decisions", "approval_level", DECISION_CASE)
    assert admin.post(f"/studio/processes/change_request/tests/{case_id}/delete").status_code == 404  # not its case
    done = admin.post(f"/studio/decisions/approval_level/tests/{case_id}/delete", follow_redirects=True)
    assert "Deleted test case 'big' of approval_level." in html.unescape(done.get_data(as_text=True))
    assert api.get("/api/v1/decisions/approval_level/tests").json == []
    assert admin.get(f"/studio/decisions/approval_level/tests/{case_id}/edit").status_code == 404


def test_only_process_admins_edit_or_delete(admin: Any, api: Any, client: Any) -> None:
    case_id = saved(api, "decisions", "approval_level", DECISION_CASE)
    client.get("/logout")
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    assert client.get(f"/studio/decisions/approval_level/tests/{case_id}/edit").status_code == 403
    assert client.post(f"/studio/decisions/approval_level/tests/{case_id}/delete").status_code == 403
    assert len(api.get("/api/v1/decisions/approval_level/tests").json) == 1


def test_a_shipped_case_a_person_edited_is_kept_by_the_next_seed(app: Any, admin: Any) -> None:
    shipped = {**DECISION_CASE, "expected": {"level": "works"}}
    with app.app_context(), unit_of_work():
        assert model_tests.save_shipped("decision", "approval_level", [shipped]) == 1
        row = model_tests.list_cases("decision", "approval_level")[0]
        model_tests.update_case("decision", "approval_level", row.id, {**shipped, "expected": {"level": "mine"}})
    with app.app_context(), unit_of_work():
        assert model_tests.save_shipped("decision", "approval_level", [shipped]) == 0
        row = model_tests.list_cases("decision", "approval_level")[0]
        assert (row.case["expected"], row.source) == ({"level": "mine"}, "shipped, edited")
