"""Loops run past SpiffWorkflow's 1,000-level task search, and a loop over the step budget fails into
fallout instead of stalling silently (it used to stop after ~500 rounds, 'waiting' with no task)."""
from __future__ import annotations

import time

from flask import Flask

from tests.helpers import DATA
from tests.helpers import Api


def deploy_loop(api: Api) -> None:
    assert api.deploy(DATA / "models" / "loop.bpmn").status_code == 201


def test_a_loop_of_900_rounds_completes(api: Api) -> None:
    deploy_loop(api)
    started = time.perf_counter()
    instance = api.post("/api/v1/processes/loop/instances", json={"data": {"i": 0, "n": 900}}).json
    assert instance["status"] == "completed" and instance["data"]["i"] == 900
    assert time.perf_counter() - started < 15


def test_a_loop_over_the_step_budget_fails_into_fallout(app: Flask, api: Api) -> None:
    app.config["ENGINE_MAX_STEPS"] = 300
    deploy_loop(api)
    instance = api.post("/api/v1/processes/loop/instances", json={"data": {"i": 0, "n": 10**9}}).json
    assert instance["status"] == "error"
    assert "stopped after 300 engine steps" in instance["error"]["message"]
    cases = [c for c in api.get("/api/v1/fallouts").json if c["instance_id"] == instance["id"]]
    assert len(cases) == 1 and "ENGINE_MAX_STEPS" in cases[0]["message"]
    fixed = api.post(f"/api/v1/instances/{instance['id']}/retry", json={"data": {"n": 0}})
    assert fixed.status_code == 200 and fixed.json["status"] == "completed", fixed.json


def test_a_multi_instance_over_too_many_items_fails_into_fallout_at_once(api: Api) -> None:
    assert api.deploy(DATA / "models" / "many_items.bpmn").status_code == 201
    small = api.post("/api/v1/processes/many_items/instances", json={"data": {"items": list(range(300))}}).json
    assert small["status"] == "completed" and sorted(small["data"]["results"]) == [2 * i for i in range(300)]
    started = time.perf_counter()
    big = api.post("/api/v1/processes/many_items/instances", json={"data": {"items": list(range(10_000))}}).json
    assert time.perf_counter() - started < 5  # it took minutes and a gigabyte
    assert big["status"] == "error" and "multi-instance over 10,000 items" in big["error"]["message"]
    assert [c for c in api.get("/api/v1/fallouts").json if c["instance_id"] == big["id"]]
    fixed = api.post(f"/api/v1/instances/{big['id']}/retry", json={"data": {"items": [1, 2, 3]}})
    assert fixed.status_code == 200 and fixed.json["status"] == "completed", fixed.json
    assert sorted(fixed.json["data"]["results"]) == [2, 4, 6]
