"""A shipped test case a person deleted stays deleted: ``ordra seed`` does not save it again, even when a new release
changes it, until someone restores the model's shipped cases (on the cases list, or over the API)."""
from __future__ import annotations

import html
import re
from typing import Any

import pytest

from app.database import unit_of_work
from app.seed import seed_model_tests
from app.studio import model_tests
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO

DECISION_PAGE = "/studio/decisions/approval_level"
CASES = "/api/v1/decisions/approval_level/tests"
FIRST = "row 1 (r_small)"


@pytest.fixture()
def admin(app: Any, api: Any, client: Any) -> Any:
    """The change request models deployed, their shipped cases seeded, a process admin signed in."""
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    seed(app)
    client.post("/login", data={"username": "admin", "password": "demo"})
    return client


def seed(app: Any) -> int:
    with app.app_context(), unit_of_work():
        return seed_model_tests(REPO / "model_tests")


def names(api: Any) -> list[str]:
    return [case["name"] for case in api.get(CASES).json]


def shipped_id(api: Any, name: str = FIRST) -> int:
    return int(next(case["id"] for case in api.get(CASES).json if case["name"] == name))


def text(response: Any) -> str:
    """The page's words: no tags, one space between words."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", response.get_data(as_text=True))).split())


def test_a_shipped_case_deleted_in_the_browser_stays_deleted_when_seed_runs_again(app: Any, admin: Any,
                                                                                   api: Any) -> None:
    edit = admin.get(f"{DECISION_PAGE}/tests/{shipped_id(api)}/edit")
    assert "it stays deleted when ordra seed runs again, even if a new release changes it" in text(edit)
    assert "saves it again" not in text(edit)
    done = admin.post(f"{DECISION_PAGE}/tests/{shipped_id(api)}/delete", follow_redirects=True)
    assert f"Deleted test case '{FIRST}' of approval_level. It was shipped with Ordra: it stays deleted" in text(done)
    assert seed(app) == 0
    assert FIRST not in names(api) and len(names(api)) == 2


def test_a_shipped_case_deleted_over_the_api_stays_deleted_though_a_release_changes_it(app: Any, admin: Any,
                                                                                       api: Any) -> None:
    deleted = api.client.delete(f"{CASES}/{shipped_id(api)}", headers=api.headers("admin"))
    assert deleted.status_code == 204
    changed = {"name": FIRST, "inputs": {"bandwidth": 10, "surcharge": 0}, "expected": {"approval_needed": True}}
    with app.app_context(), unit_of_work():
        assert model_tests.save_shipped("decision", "approval_level", [changed]) == 0
    assert FIRST not in names(api)


def test_a_renamed_shipped_case_is_not_saved_again_under_its_shipped_name(app: Any, admin: Any, api: Any) -> None:
    case = next(c for c in api.get(CASES).json if c["name"] == FIRST)
    body = {"name": "mine", "inputs": case["inputs"], "expected": case["expected"]}
    assert api.client.put(f"{CASES}/{case['id']}", json=body, headers=api.headers("admin")).status_code == 200
    assert seed(app) == 0
    assert "mine" in names(api) and FIRST not in names(api)


def test_restore_shipped_cases_brings_them_back_as_shipped(app: Any, admin: Any, api: Any) -> None:
    assert "Restore shipped cases" not in text(admin.get(DECISION_PAGE))  # nothing deleted: nothing offered
    admin.post(f"{DECISION_PAGE}/tests/{shipped_id(api)}/delete")
    page = text(admin.get(DECISION_PAGE))
    assert f"Deleted shipped test case: {FIRST}." in page and "Restore shipped cases" in page
    restored = admin.post(f"{DECISION_PAGE}/tests/restore-shipped", follow_redirects=True)
    assert "Restored 1 shipped test case of approval_level." in text(restored)
    assert "Restore shipped cases" not in text(restored)
    back = next(c for c in api.get(CASES).json if c["name"] == FIRST)
    assert back["source"] == "shipped"
    assert api.post(f"{CASES}/run").json["cases"][0]["passed"] is True
    assert admin.post(f"{DECISION_PAGE}/tests/restore-shipped").status_code == 404  # none deleted now


def test_restore_over_the_api(admin: Any, api: Any) -> None:
    assert api.post(f"{CASES}/restore-shipped").status_code == 404
    api.client.delete(f"{CASES}/{shipped_id(api)}", headers=api.headers("admin"))
    api.client.delete(f"{CASES}/{shipped_id(api, 'row 2 (r_small_cabling)')}", headers=api.headers("admin"))
    assert api.post(f"{CASES}/restore-shipped", user="fmanager").status_code == 403
    restored = api.post(f"{CASES}/restore-shipped")
    assert restored.status_code == 200 and restored.json == {"restored": 2}
    assert len(names(api)) == 3


def test_a_case_a_person_saved_leaves_nothing_behind_when_deleted(app: Any, admin: Any, api: Any) -> None:
    mine = api.post(CASES, json={"name": "mine", "inputs": {"bandwidth": 1}, "expected": {"level": "standard"}})
    assert api.client.delete(f"{CASES}/{mine.json['id']}", headers=api.headers("admin")).status_code == 204
    assert "Restore shipped cases" not in text(admin.get(DECISION_PAGE))


def test_a_process_version_page_offers_to_restore_its_deleted_shipped_cases(app: Any, admin: Any, api: Any) -> None:
    process_cases = "/api/v1/processes/change_request/tests"
    case = next(c for c in api.get(process_cases).json if c["name"] == "small change goes through")
    admin.post(f"/studio/processes/change_request/tests/{case['id']}/delete")
    assert seed(app) == 0
    page = text(admin.get("/studio/processes/change_request/versions/1"))
    assert "Deleted shipped test case: small change goes through." in page and "Restore shipped cases" in page
    restored = admin.post("/studio/processes/change_request/tests/restore-shipped", follow_redirects=True)
    assert "Restored 1 shipped test case of change_request." in text(restored)
    assert "small change goes through" in [c["name"] for c in api.get(process_cases).json]
