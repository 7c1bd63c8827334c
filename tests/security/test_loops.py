"""Loops and multi-instance tasks of any size complete in background jobs, or fail with a typed error into
fallout; an instance that can no longer move is reported as stalled. (A loop used to stop silently after
~500 rounds, 'waiting' with no task; a 10,000-item multi-instance took 309 s and 1.1 GB inside the request.)"""
from __future__ import annotations

import time
from typing import Any

from flask import Flask

from tests.helpers import DATA
from tests.helpers import Api


def deploy(api: Api, name: str) -> None:
    assert api.deploy(DATA / "models" / f"{name}.bpmn").status_code == 201


def in_background(app: Flask) -> None:
    """Jobs on the in-process worker thread, as in the embedded default (the tests otherwise run them inline)."""
    app.config["JOB_BACKEND"] = "thread"
    app.extensions.pop("ordra_jobs", None)


# A probe stuck behind a background job would wait for the job's whole run (several seconds); one probe took
# 1.002 s on a 2-core machine loaded with other test runs, so the bound leaves room for a busy machine.
STALL_SECONDS = 2.5
# The request runs its share only (the progress figures check that exactly); its time bound catches a request
# that ran the whole thing again (309 s before), not a slow machine: one run took 21 s with three suites beside it.
REQUEST_SECONDS = 60


def wait_until_done(app: Flask, api: Api, instance_id: int, timeout: float = 120) -> tuple[dict[str, Any], list[float]]:
    """Poll the instance until it leaves 'running'; probe /healthz meanwhile and return its answer times."""
    probe = app.test_client()
    health: list[float] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = time.perf_counter()
        assert probe.get("/healthz").status_code == 200
        health.append(time.perf_counter() - started)
        instance = api.get(f"/api/v1/instances/{instance_id}").json
        if instance["status"] != "running":
            return instance, health
        time.sleep(0.05)
    raise AssertionError(f"instance {instance_id} still running after {timeout} s")


def continued(api: Api, instance_id: int) -> list[dict[str, Any]]:
    events = api.get(f"/api/v1/instances/{instance_id}?history=1").json.get("events") or []
    return [e for e in events if e["kind"] == "continued"]


def test_a_loop_of_5000_rounds_completes_in_background_jobs(app: Flask, api: Api) -> None:
    in_background(app)
    deploy(api, "loop")
    started = time.perf_counter()
    answer = api.post("/api/v1/processes/loop/instances", json={"data": {"i": 0, "n": 5000}})
    assert time.perf_counter() - started < REQUEST_SECONDS  # its share (ENGINE_INLINE_STEPS), no more
    assert answer.status_code == 201 and answer.json["status"] == "running", answer.json
    assert answer.json["progress"]["engine_steps"] == app.config["ENGINE_INLINE_STEPS"]
    assert answer.json["data"]["i"] < 5000
    instance, health = wait_until_done(app, api, answer.json["id"])
    assert instance["status"] == "completed" and instance["data"]["i"] == 5000, instance
    assert instance["progress"] is None
    assert max(health) < STALL_SECONDS, health
    jobs = continued(api, instance["id"])  # 10,002 engine tasks: 500 in the request, the rest in 2 jobs
    assert len(jobs) == 2 and [j["detail"]["engine_steps"] for j in jobs] == [500, 5500], jobs


def test_a_multi_instance_of_10000_items_completes_in_background_jobs(app: Flask, api: Api) -> None:
    in_background(app)
    deploy(api, "many_items")
    started = time.perf_counter()
    answer = api.post("/api/v1/processes/many_items/instances", json={"data": {"items": list(range(10_000))}})
    assert time.perf_counter() - started < REQUEST_SECONDS
    assert answer.status_code == 201 and answer.json["status"] == "running", answer.json
    [progress] = answer.json["progress"]["multi_instances"]
    assert progress["task"] == "Each" and progress["of"] == 10_000
    assert 0 < progress["done"] < app.config["ENGINE_INLINE_STEPS"], progress
    instance, health = wait_until_done(app, api, answer.json["id"])
    assert instance["status"] == "completed", instance
    assert instance["data"]["results"] == [2 * i for i in range(10_000)]  # in input order
    assert max(health) < STALL_SECONDS, health
    assert len(continued(api, instance["id"])) == 2


def test_a_small_loop_completes_within_the_request(api: Api) -> None:
    deploy(api, "loop")
    instance = api.post("/api/v1/processes/loop/instances", json={"data": {"i": 0, "n": 100}}).json
    assert instance["status"] == "completed" and instance["data"]["i"] == 100 and instance["progress"] is None
    assert continued(api, instance["id"]) == []


def test_a_loop_over_the_step_budget_fails_into_fallout_across_jobs(app: Flask, api: Api) -> None:
    app.config.update(ENGINE_MAX_STEPS=3_000, ENGINE_INLINE_STEPS=200, ENGINE_JOB_STEPS=1_000)
    deploy(api, "loop")
    answer = api.post("/api/v1/processes/loop/instances", json={"data": {"i": 0, "n": 10**9}}).json
    assert answer["status"] == "running"  # the request's share; the jobs (inline in tests) go on
    instance = api.get(f"/api/v1/instances/{answer['id']}").json
    assert instance["status"] == "error" and instance["progress"] is None
    assert "stopped after 3,000 engine steps" in instance["error"]["message"]
    assert len(continued(api, instance["id"])) == 3
    cases = [c for c in api.get("/api/v1/fallouts").json if c["instance_id"] == instance["id"]]
    assert len(cases) == 1 and "ENGINE_MAX_STEPS" in cases[0]["message"] and cases[0]["error_code"] == "STEP_LIMIT"
    fixed = api.post(f"/api/v1/instances/{instance['id']}/retry", json={"data": {"n": 0}})
    assert fixed.status_code == 200 and fixed.json["status"] == "completed", fixed.json


def test_a_multi_instance_over_too_many_items_fails_into_fallout_at_once(app: Flask, api: Api) -> None:
    app.config["MULTI_INSTANCE_MAX_ITEMS"] = 100
    deploy(api, "many_items")
    small = api.post("/api/v1/processes/many_items/instances", json={"data": {"items": list(range(100))}}).json
    assert small["status"] == "completed" and small["data"]["results"] == [2 * i for i in range(100)]
    big = api.post("/api/v1/processes/many_items/instances", json={"data": {"items": list(range(101))}}).json
    assert big["status"] == "error" and "multi-instance over 101 items" in big["error"]["message"]
    [case] = [c for c in api.get("/api/v1/fallouts").json if c["instance_id"] == big["id"]]
    assert case["error_code"] == "TOO_MANY_ITEMS"
    fixed = api.post(f"/api/v1/instances/{big['id']}/retry", json={"data": {"items": [1, 2, 3]}})
    assert fixed.status_code == 200 and fixed.json["status"] == "completed", fixed.json
    assert fixed.json["data"]["results"] == [2, 4, 6]


def test_an_instance_that_can_no_longer_move_is_a_stall_fallout(api: Api) -> None:
    deploy(api, "xor_into_and")
    instance = api.post("/api/v1/processes/xor_into_and/instances", json={"data": {"go_left": True}}).json
    assert instance["status"] == "error", instance
    assert "stalled: 'Both done' waits for a branch that can no longer come" in instance["error"]["message"]
    cases = [c for c in api.get("/api/v1/fallouts").json if c["instance_id"] == instance["id"]]
    assert len(cases) == 1 and "stalled" in cases[0]["message"] and cases[0]["error_code"] == "STALLED"
