"""Saved test cases managed over the API: list, create, read, replace and delete a process's or a decision's
cases, process admins only, checked as the studio's case page checks them (one service function each)."""
from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import Api

DECISIONS = "/api/v1/decisions/approval_level/tests"
PROCESSES = "/api/v1/processes/change_request/tests"
DECISION_CASE = {"name": "big", "inputs": {"bandwidth": 500, "surcharge": 0},
                 "expected": {"approval_needed": True, "level": "high bandwidth"}}
PROCESS_CASE = {"name": "acme", "start_data": {"customer": "Acme"}, "expected_data": {"customer": "Acme"}}


@pytest.fixture(autouse=True)
def deployed(api: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201


def put(api: Api, path: str, body: Any, user: str | None = "admin") -> Any:
    return api.client.put(path, json=body, headers=Api.headers(user))


def delete(api: Api, path: str, user: str | None = "admin") -> Any:
    return api.client.delete(path, headers=Api.headers(user))


def created(api: Api, path: str, case: dict[str, Any]) -> dict[str, Any]:
    answer = api.post(path, json=case)
    assert answer.status_code == 201, answer.json
    return dict(answer.json)


def fields(answer: Any) -> dict[str, str]:
    return {e["field"]: e["message"] for e in answer.json["errors"]}


def test_each_verb_on_a_decisions_cases(api: Api) -> None:
    case = created(api, DECISIONS, DECISION_CASE)
    assert case["name"] == "big" and case["inputs"] == DECISION_CASE["inputs"] and case["source"] == ""
    url = f"{DECISIONS}/{case['id']}"
    assert api.get(DECISIONS).json == [case]
    assert api.get(url).json == case

    replaced = put(api, url, {**DECISION_CASE, "name": "bigger", "expected": {"level": "standard"}})
    assert replaced.status_code == 200, replaced.json
    assert (replaced.json["id"], replaced.json["name"], replaced.json["expected"]) == (case["id"], "bigger",
                                                                                      {"level": "standard"})
    assert api.get(url).json == replaced.json

    assert delete(api, url).status_code == 204
    assert api.get(DECISIONS).json == []
    assert api.get(url).status_code == 404
    assert delete(api, url).status_code == 404


def test_each_verb_on_a_processes_cases(api: Api) -> None:
    case = created(api, PROCESSES, PROCESS_CASE)
    url = f"{PROCESSES}/{case['id']}"
    assert api.get(url).json["expected_status"] == "completed"
    replaced = put(api, url, {**PROCESS_CASE, "expected_status": "stopped", "expected_path": ["start"]})
    assert replaced.status_code == 200, replaced.json
    assert api.get(url).json["expected_status"] == "stopped" and api.get(url).json["expected_path"] == ["start"]
    assert delete(api, url).status_code == 204
    assert api.get(PROCESSES).json == []


def test_a_case_saved_and_replaced_over_the_api_is_what_tests_run_replays(api: Api) -> None:
    case = created(api, DECISIONS, DECISION_CASE)
    run = api.post(f"{DECISIONS}/run").json["cases"]
    assert [(c["id"], c["passed"]) for c in run] == [(case["id"], True)]
    put(api, f"{DECISIONS}/{case['id']}", {**DECISION_CASE, "expected": {"level": "standard"}})
    again = api.post(f"{DECISIONS}/run").json["cases"]
    assert again[0]["passed"] is False and again[0]["first_difference"]["output"] == "level"


def test_a_replacement_is_checked_as_a_new_case_is_and_leaves_the_case_as_it_was(api: Api) -> None:
    case = created(api, DECISIONS, DECISION_CASE)
    url = f"{DECISIONS}/{case['id']}"
    bad = put(api, url, {"name": "", "inputs": [1], "expected": {}, "colour": "red"})
    assert bad.status_code == 422
    assert set(fields(bad)) == {"name", "inputs", "expected", "colour"}
    assert fields(bad)["expected"] == "name at least one output and the value it must have"
    assert fields(put(api, url, {**DECISION_CASE, "expected": [1]}))["expected"] == "must be a JSON object"
    too_long = put(api, url, {**DECISION_CASE, "name": "x" * 201})
    assert too_long.status_code == 422 and "name" in fields(too_long)
    too_big = put(api, url, {**DECISION_CASE, "inputs": {"bandwidth": list(range(100_001))}})
    assert too_big.status_code == 422 and "100,000 values" in fields(too_big)["inputs.bandwidth"]
    process = created(api, PROCESSES, PROCESS_CASE)
    wrong = put(api, f"{PROCESSES}/{process['id']}", {**PROCESS_CASE, "user_tasks": {"approve": 5}})
    assert fields(wrong) == {"user_tasks.approve": "must be an answer object or a list of them"}
    assert put(api, url, [1]).status_code == 400
    assert api.get(url).json == case


def test_a_name_another_case_has_is_a_conflict(api: Api) -> None:
    case = created(api, DECISIONS, DECISION_CASE)
    created(api, DECISIONS, {**DECISION_CASE, "name": "other"})
    taken = put(api, f"{DECISIONS}/{case['id']}", {**DECISION_CASE, "name": "other"})
    assert taken.status_code == 409
    assert fields(taken) == {"name": "another test case of approval_level is named 'other'"}
    assert put(api, f"{DECISIONS}/{case['id']}", DECISION_CASE).status_code == 200  # its own name is no conflict


def test_another_models_case_is_not_found(api: Api) -> None:
    case = created(api, DECISIONS, DECISION_CASE)
    for url in (f"{PROCESSES}/{case['id']}", f"/api/v1/decisions/surcharge/tests/{case['id']}",
                "/api/v1/decisions/approval_level/tests/999999"):
        assert api.get(url).status_code == 404
        assert put(api, url, DECISION_CASE).status_code == 404
        assert delete(api, url).status_code == 404
    assert api.get("/api/v1/decisions/nope/tests").json == []  # a list names no case: empty, as before
    assert api.get(f"{DECISIONS}/{case['id']}").json == case


@pytest.mark.parametrize(("user", "status"), [(None, 401), ("fmanager", 403), ("agent", 403)])
def test_only_process_admins_manage_cases(api: Api, user: str | None, status: int) -> None:
    case = created(api, DECISIONS, DECISION_CASE)
    url = f"{DECISIONS}/{case['id']}"
    assert api.get(DECISIONS, user=user).status_code == status
    assert api.post(DECISIONS, user=user, json={**DECISION_CASE, "name": "mine"}).status_code == status
    assert api.get(url, user=user).status_code == status
    assert put(api, url, {**DECISION_CASE, "name": "mine"}, user=user).status_code == status
    assert delete(api, url, user=user).status_code == status
    assert api.get(DECISIONS).json == [case]


def test_the_openapi_description_lists_every_verb(api: Api) -> None:
    paths = api.get("/api/v1/openapi.json").json["paths"]
    for plural in ("processes", "decisions"):
        assert {"get", "post"} <= set(paths[f"/api/v1/{plural}/{{model_id}}/tests"])
        assert {"get", "put", "delete"} <= set(paths[f"/api/v1/{plural}/{{model_id}}/tests/{{case_id}}"])
