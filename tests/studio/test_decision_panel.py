"""The studio's decision page and test panel, and POST /api/v1/decisions/<id>/evaluate."""
from __future__ import annotations

from typing import Any

from tests.helpers import CHANGE_REQUEST_FILES


def test_evaluate_over_the_api_explains_the_match(api: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    response = api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": {"bandwidth": 1000,
                                                                                      "surcharge": 0}})
    assert response.status_code == 200, response.json
    body = response.json
    assert [r["index"] for r in body["matched_rules"]] == [3]
    assert body["outputs"] == {"approval_needed": True, "level": "high bandwidth"}
    none = api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": {"bandwidth": 100, "surcharge": -5}})
    assert none.status_code == 200 and none.json["matched_rules"] == []
    assert api.post("/api/v1/decisions/nope/evaluate", json={}).status_code == 404
    assert api.post("/api/v1/decisions/approval_level/evaluate", user="agent", json={}).status_code == 403
    assert api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": [1]}).status_code == 422


def test_decision_page_renders_the_table_and_the_test_panel(api: Any, client: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    client.post("/login", data={"username": "admin", "password": "demo"})
    page = client.get("/studio/decisions/approval_level")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "UNIQUE" in html and "[500..10000]" in html and "high bandwidth" in html
    tried = client.post("/studio/decisions/approval_level", data={"facts": '{"bandwidth": 100, "surcharge": 50}'})
    assert tried.status_code == 200
    assert 'class="matched" data-rule="2"' in tried.get_data(as_text=True)
    bad = client.post("/studio/decisions/approval_level", data={"facts": "{oops"})
    assert bad.status_code == 422 and "not valid JSON" in bad.get_data(as_text=True)
