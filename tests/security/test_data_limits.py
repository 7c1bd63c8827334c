"""Process data a person or an API call gives an instance holds at most ``MAX_VALUES`` values (a list of
1,000,000 numbers, 2 MB of JSON, was stored, and every later step on the instance copied, loaded and saved it
for seconds): 422 naming the place, nothing stored."""
from __future__ import annotations

import json
from typing import Any

from flask import Flask

from app.engine.models import ProcessInstance
from app.extensions import db
from app.task_data import MAX_VALUES
from tests.helpers import Api
from tests.security.test_hostile_models import deploy_script

TOO_MANY = {"note": "x", "items": list(range(MAX_VALUES))}  # the list and its items: one value too many


def _instances(app: Flask) -> int:
    with app.app_context():
        return db.session.query(ProcessInstance).count()


def test_an_api_start_with_too_many_values_is_422_naming_the_place(app: Flask, api: Api) -> None:
    deploy_script(api, "plain", "y = 1")
    before = _instances(app)
    refused = api.post("/api/v1/processes/plain/instances", json={"data": TOO_MANY})
    assert refused.status_code == 422, refused.json
    error = refused.json["errors"][0]
    assert error["field"].startswith("data.items[") and "past the 100,000 values" in error["message"], error
    assert _instances(app) == before
    assert api.post("/api/v1/processes/plain/instances", json={"data": {"items": [1, 2]}}).status_code == 201


def test_the_instances_page_refuses_too_many_values_on_its_form(app: Flask, api: Api) -> None:
    deploy_script(api, "plain", "y = 1")
    client = app.test_client()
    assert client.post("/login", data={"username": "admin", "password": "demo"}).status_code == 302
    before = _instances(app)
    page = client.post("/instances/start", data={"process_id": "plain", "data": json.dumps(TOO_MANY)})
    assert page.status_code == 422 and b"past the 100,000 values" in page.data
    assert _instances(app) == before


def test_a_retry_or_skip_with_too_many_values_is_422_and_the_case_stays(api: Api) -> None:
    deploy_script(api, "fails", "x = 1e308 * 10")
    instance: dict[str, Any] = api.post("/api/v1/processes/fails/instances", json={"data": {}}).json
    assert instance["status"] == "error"
    retried = api.post(f"/api/v1/instances/{instance['id']}/retry", json={"data": TOO_MANY})
    assert retried.status_code == 422 and retried.json["errors"][0]["field"].startswith("data.items["), retried.json
    case = next(c for c in api.get("/api/v1/fallouts").json if c["instance_id"] == instance["id"])
    skipped = api.post(f"/api/v1/fallouts/{case['id']}/skip", json={"data": TOO_MANY, "reason": "done by hand"})
    assert skipped.status_code == 422, skipped.json
    assert api.get(f"/api/v1/instances/{instance['id']}").json["status"] == "error"

