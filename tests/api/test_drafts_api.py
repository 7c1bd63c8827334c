"""Drafts over /api/v1: each process admin's own unfinished edits, listed, read, replaced and discarded."""
from __future__ import annotations

import json
from typing import Any

from tests.helpers import Api

XML = '<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>'


def put(api: Api, path: str, body: Any, user: str = "admin") -> Any:
    return api.client.put(path, headers=api.headers(user), json=body)


def delete(api: Api, path: str, user: str = "admin") -> Any:
    return api.client.delete(path, headers=api.headers(user))


def test_drafts_are_kept_per_user_and_replaced_and_discarded(api: Api, app: Any) -> None:
    from app.auth.service import create_user
    from app.database import unit_of_work
    with app.app_context(), unit_of_work():
        create_user("admin2", "demo", ["process_admin"], min_password=1)
    assert api.get("/api/v1/drafts").json == []
    saved = put(api, "/api/v1/drafts/process/plan_x", {"content": XML})
    assert saved.status_code == 200 and saved.json["kind"] == "process" and saved.json["content"] == XML
    form = put(api, "/api/v1/drafts/form/survey.json", {"content": {"type": "object", "properties": {}}})
    assert json.loads(form.json["content"]) == {"type": "object", "properties": {}}
    assert [d["model_id"] for d in api.get("/api/v1/drafts").json] == ["survey.json", "plan_x"]
    replaced = put(api, "/api/v1/drafts/process/plan_x", {"content": XML + "<!-- more -->"})
    assert api.get("/api/v1/drafts/process/plan_x").json["content"] == replaced.json["content"]
    assert len(api.get("/api/v1/drafts").json) == 2  # replaced, not added

    # another admin sees none of them and cannot read or discard them
    assert api.get("/api/v1/drafts", user="admin2").json == []
    assert api.get("/api/v1/drafts/process/plan_x", user="admin2").status_code == 404
    assert delete(api, "/api/v1/drafts/process/plan_x", user="admin2").status_code == 404

    assert delete(api, "/api/v1/drafts/process/plan_x").status_code == 204
    assert api.get("/api/v1/drafts/process/plan_x").status_code == 404
    assert [d["model_id"] for d in api.get("/api/v1/drafts").json] == ["survey.json"]


def test_draft_requests_get_clear_errors_and_roles_are_checked(api: Api) -> None:
    assert api.get("/api/v1/drafts", user="agent").status_code == 403
    assert api.get("/api/v1/drafts", user=None).status_code == 401
    assert put(api, "/api/v1/drafts/process/x", {"content": XML}, user="agent").status_code == 403
    unknown = put(api, "/api/v1/drafts/report/x", {"content": XML})
    assert unknown.status_code == 404 and "process, decision, form" in unknown.json["errors"][0]["message"]
    empty = put(api, "/api/v1/drafts/process/x", {})
    assert empty.status_code == 422 and empty.json["errors"][0]["field"] == "content"
    too_big = put(api, "/api/v1/drafts/process/x", {"content": "x" * 2_000_001})
    assert too_big.status_code == 422 and too_big.json["errors"][0]["field"] == "content"
    not_json = api.client.put("/api/v1/drafts/process/x", headers=api.headers("admin"), data="<xml/>",
                              content_type="text/plain")
    assert not_json.status_code == 400


def test_the_draft_routes_are_documented(api: Api) -> None:
    paths = api.get("/api/v1/openapi.json").json["paths"]
    assert set(paths["/api/v1/drafts/{kind}/{model_id}"]) == {"get", "put", "delete"}
    assert "get" in paths["/api/v1/drafts"]


def test_one_person_keeps_at_most_max_drafts(api: Api, app: Any, monkeypatch: Any) -> None:
    """Each draft may be 2 MB and the list answers them all: a loop of saves under new ids grew it without end."""
    from app.studio import authoring
    monkeypatch.setattr(authoring, "MAX_DRAFTS", 3)
    for n in range(3):
        assert put(api, f"/api/v1/drafts/process/p{n}", {"content": XML}).status_code == 200
    refused = put(api, "/api/v1/drafts/process/p3", {"content": XML})
    assert refused.status_code == 422 and refused.json["errors"][0]["message"].startswith(
        "you keep 3 drafts already, the most one person may"), refused.json
    assert put(api, "/api/v1/drafts/process/p1", {"content": XML + " "}).status_code == 200  # replacing one is fine
    assert put(api, "/api/v1/drafts/process/p3", {"content": XML}, user="omanager").status_code == 403
    assert delete(api, "/api/v1/drafts/process/p0").status_code == 204
    assert put(api, "/api/v1/drafts/process/p3", {"content": XML}).status_code == 200
