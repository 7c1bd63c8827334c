"""Jeopardy with a controllable clock: SLA thresholds to the second, alerts once, versions apply forward."""
from __future__ import annotations

import io
from datetime import datetime
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask

from app.database import unit_of_work
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO

SLA_DMN = (REPO / "dmn" / "jeopardy_sla.dmn").read_text()


def sla_version(warn: str, due: str) -> bytes:
    """The shipped table with work orders on a short clock (what an admin deploys to try it out)."""
    return SLA_DMN.replace('"P1D"</text></outputEntry>\n        <outputEntry id="r4_d"><text>"P2D"',
                           f'"{warn}"</text></outputEntry>\n        <outputEntry id="r4_d"><text>"{due}"').encode()


def deploy(api: Any, warn: str = "PT30S", due: str = "PT60S") -> None:
    files = [(p.open("rb"), p.name) for p in CHANGE_REQUEST_FILES]
    files.append((io.BytesIO(sla_version(warn, due)), "jeopardy_sla.dmn"))
    response = api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data")
    assert response.status_code == 201, response.json


def new_work_order(api: Any) -> dict[str, Any]:
    instance = api.post("/api/v1/processes/change_request/instances", user="agent", json={"data": {}}).json
    return next(t for t in instance["tasks"] if t["status"] == "open")


def check(app: Flask, at: datetime) -> int:
    from app.jeopardy.service import check as run_check
    with app.app_context(), unit_of_work():
        return run_check(at)


def test_work_order_goes_at_risk_then_late_at_the_thresholds(app: Flask, api: Any) -> None:
    deploy(api)
    task = new_work_order(api)
    created = datetime.fromisoformat(task["created_at"])
    assert datetime.fromisoformat(task["due"]) == created + timedelta(seconds=60)
    assert task["jeopardy"] == "on_track"
    assert check(app, created + timedelta(seconds=29, microseconds=999_000)) == 0
    assert api.get("/api/v1/jeopardies", user="fmanager").json == []
    assert check(app, created + timedelta(seconds=30)) == 1
    [alert] = api.get("/api/v1/jeopardies", user="fmanager").json
    assert alert["state"] == "at_risk" and alert["subject"]["title"] == "Enter technical details"
    assert check(app, created + timedelta(seconds=45)) == 0  # no second alert on later ticks
    assert check(app, created + timedelta(seconds=60)) == 1
    every = [a["state"] for a in api.get("/api/v1/jeopardies?acknowledged=true", user="fmanager").json]
    assert every == ["late", "at_risk"]
    # to act on: the late alert stands for the at-risk one before it (one row, one count, per late task)
    assert [a["state"] for a in api.get("/api/v1/jeopardies", user="fmanager").json] == ["late"]
    assert check(app, created + timedelta(seconds=120)) == 0
    assert len(api.get("/api/v1/jeopardies?acknowledged=true", user="fmanager").json) == 2
    assert api.get(f"/api/v1/tasks/{task['id']}", user="fulfiller").json["jeopardy"] == "late"
    assert api.get("/api/v1/jeopardies", user="fulfiller").status_code == 403


def test_the_person_doing_the_work_sees_when_it_is_due(app: Flask, api: Any, client: Any) -> None:
    deploy(api)
    task = new_work_order(api)
    check(app, datetime.fromisoformat(task["created_at"]) + timedelta(seconds=61))
    client.post("/login", data={"username": "fulfiller", "password": "demo"})
    due = datetime.fromisoformat(task["due"]).strftime("%Y-%m-%d %H:%M")
    page = client.get(f"/tasks/{task['id']}").get_data(as_text=True)  # the task page said neither
    assert f'<strong id="task-due">{due} UTC</strong>' in page and 'id="task-jeopardy">Late<' in page
    assert "Due (UTC)" in client.get("/").get_data(as_text=True)


def test_completed_work_is_no_longer_watched(app: Flask, api: Any) -> None:
    deploy(api)
    task = new_work_order(api)
    data = {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15"}
    assert api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": data}).status_code == 200
    assert check(app, datetime.fromisoformat(task["created_at"]) + timedelta(days=3)) == 0


def test_alerts_on_work_since_done_leave_the_managers_list_and_badge(app: Flask, api: Any, client: Any) -> None:
    deploy(api)
    task = new_work_order(api)
    check(app, datetime.fromisoformat(task["created_at"]) + timedelta(seconds=61))
    assert [a["state"] for a in api.get("/api/v1/jeopardies", user="fmanager").json] == ["late"]
    data = {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15"}
    assert api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": data}).status_code == 200
    listed = api.get("/api/v1/jeopardies", user="fmanager")
    assert listed.json == [] and listed.headers["X-Total-Count"] == "0"
    [late] = api.get("/api/v1/jeopardies?acknowledged=true", user="fmanager").json  # the history keeps it
    assert late["closed"] is True and not late["acknowledged"]
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    assert 'id="jeopardy-badge"' not in client.get("/").get_data(as_text=True)
    assert "No alerts." in client.get("/jeopardy/").get_data(as_text=True)


def test_a_new_sla_version_applies_to_work_created_afterwards(app: Flask, api: Any) -> None:
    deploy(api, "PT30S", "PT60S")
    before = new_work_order(api)
    deploy(api, "PT1H", "PT2H")
    after = new_work_order(api)
    gap = lambda t: datetime.fromisoformat(t["due"]) - datetime.fromisoformat(t["created_at"])  # noqa: E731
    assert (gap(before), gap(after)) == (timedelta(seconds=60), timedelta(hours=2))


def test_nothing_is_watched_without_the_decision(app: Flask, api: Any) -> None:
    files = [(p.open("rb"), p.name) for p in CHANGE_REQUEST_FILES]
    assert api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data").status_code == 201
    task = new_work_order(api)
    assert task["due"] is None and task["jeopardy"] is None


def test_board_and_inbox_badge(app: Flask, api: Any, client: Any) -> None:
    deploy(api)
    task = new_work_order(api)
    check(app, datetime.fromisoformat(task["created_at"]) + timedelta(seconds=61))
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    board = client.get("/jeopardy/").get_data(as_text=True)
    assert 'id="late-count">1<' in board and "Enter technical details" in board
    assert "<th>Due</th>" not in board and board.count("<th>Due (UTC)</th>") == 2  # as every other page says
    assert 'id="jeopardy-badge">1<' in client.get("/").get_data(as_text=True)
    alert = api.get("/api/v1/jeopardies", user="fmanager").json[0]
    assert api.post(f"/api/v1/jeopardies/{alert['id']}/acknowledge", user="fmanager").status_code == 200
    assert api.get("/api/v1/jeopardies", user="fmanager").json == []


def test_the_board_lists_a_page_of_watches_and_counts_them_all(app: Flask, client: Any) -> None:
    from app.database import utcnow
    from app.extensions import db
    from app.jeopardy.models import JeopardyWatch
    now = utcnow()
    with app.app_context(), unit_of_work():
        db.session.add_all(JeopardyWatch(subject_kind="work_item", subject_id=n, title=f"Work {n:02d}",
                                         role="field_tech", task_type="work_order", warn_at=now - timedelta(hours=2),
                                         due_at=now - timedelta(minutes=60 - n), state="late") for n in range(55))
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    first = client.get("/jeopardy/").get_data(as_text=True)
    assert 'id="late-count">55<' in first and first.count('<tr class="jeopardy-late">') == 50
    assert "Work 00" in first and "Work 49" in first and "Work 50" not in first  # the most overdue first
    assert "Watches 1–50 of 55" in first and 'href="/jeopardy/?offset=50">Due later<' in first
    second = client.get("/jeopardy/?offset=50").get_data(as_text=True)
    assert second.count('<tr class="jeopardy-late">') == 5 and "Work 54" in second and "Work 49" not in second
    assert 'id="late-count">55<' in second and 'href="/jeopardy/?offset=0">Due sooner<' in second
    assert client.get("/jeopardy/?offset=-1").status_code == 422


def test_counts_are_of_all_alerts_and_pages_say_how_many_they_show(app: Flask, api: Any, client: Any,
                                                                   monkeypatch: Any) -> None:
    from app.inbox import views as inbox_views

    deploy(api)
    tasks = [new_work_order(api) for _ in range(3)]
    check(app, max(datetime.fromisoformat(t["created_at"]) for t in tasks) + timedelta(seconds=61))
    everything = api.get("/api/v1/jeopardies", user="fmanager")
    assert len(everything.json) == 3 and everything.headers["X-Total-Count"] == "3"
    page = api.get("/api/v1/jeopardies?limit=2", user="fmanager")
    rest = api.get("/api/v1/jeopardies?offset=2&limit=2", user="fmanager")
    assert [len(page.json), len(rest.json)] == [2, 1] and page.headers["X-Total-Count"] == "3"
    assert {a["id"] for a in page.json + rest.json} == {a["id"] for a in everything.json}
    assert api.get("/api/v1/jeopardies?limit=0", user="fmanager").status_code == 422

    monkeypatch.setattr(inbox_views, "INBOX_ALERTS", 2)
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    inbox = client.get("/").get_data(as_text=True)
    assert 'id="jeopardy-badge">3<' in inbox
    assert 'Jeopardy alerts <span class="badge">3</span>' in inbox and "The 2 newest of 3." in inbox


def test_fallouts_are_watched_for_both_managers(app: Flask, api: Any) -> None:
    from app.connectors.demo import seed_simulator_rules
    from app.database import utcnow
    from tests.helpers import DATA
    response = api.deploy(REPO / "dmn" / "fallout_policy.dmn", REPO / "dmn" / "jeopardy_sla.dmn",
                          DATA / "models" / "activate_line.bpmn")
    assert response.status_code == 201, response.json
    with app.app_context(), unit_of_work():
        seed_simulator_rules()
    api.post("/api/v1/processes/activate_line/instances", json={"data": {"site_postcode": "ZZ1 1ZZ"}})
    assert check(app, utcnow() + timedelta(hours=4, seconds=1)) == 1
    for manager in ("falloutmgr", "fmanager"):
        [alert] = api.get("/api/v1/jeopardies", user=manager).json
        assert alert["subject"]["kind"] == "fallout" and alert["state"] == "at_risk"
        # the case's number tells an order's cases apart (four services of a site fail the same way)
        assert alert["subject"]["title"] == f"Fallout {alert['subject']['id']}: Activate line"


TWO_TASKS = b"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://ordra.example/t">
  <bpmn:process id="two_tasks" name="Two tasks" isExecutable="true">
    <bpmn:laneSet id="ls"><bpmn:lane id="lane" name="Fulfillment agent">
      <bpmn:flowNodeRef>start</bpmn:flowNodeRef><bpmn:flowNodeRef>split</bpmn:flowNodeRef>
      <bpmn:flowNodeRef>first</bpmn:flowNodeRef><bpmn:flowNodeRef>second</bpmn:flowNodeRef>
      <bpmn:flowNodeRef>join</bpmn:flowNodeRef><bpmn:flowNodeRef>end</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:parallelGateway id="split"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
      <bpmn:outgoing>f3</bpmn:outgoing></bpmn:parallelGateway>
    <bpmn:userTask id="first" name="First"><bpmn:incoming>f2</bpmn:incoming>
      <bpmn:outgoing>f4</bpmn:outgoing></bpmn:userTask>
    <bpmn:userTask id="second" name="Second"><bpmn:incoming>f3</bpmn:incoming>
      <bpmn:outgoing>f5</bpmn:outgoing></bpmn:userTask>
    <bpmn:parallelGateway id="join"><bpmn:incoming>f4</bpmn:incoming><bpmn:incoming>f5</bpmn:incoming>
      <bpmn:outgoing>f6</bpmn:outgoing></bpmn:parallelGateway>
    <bpmn:endEvent id="end"><bpmn:incoming>f6</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="split" />
    <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="first" />
    <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="second" />
    <bpmn:sequenceFlow id="f4" sourceRef="first" targetRef="join" />
    <bpmn:sequenceFlow id="f5" sourceRef="second" targetRef="join" />
    <bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>
"""


def two_open_tasks(api: Any, with_sla: bool) -> tuple[int, list[dict[str, Any]]]:
    files = [(io.BytesIO(TWO_TASKS), "two_tasks.bpmn")]
    if with_sla:
        files.append((io.BytesIO(sla_version("PT30S", "PT60S")), "jeopardy_sla.dmn"))
    response = api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data")
    assert response.status_code == 201, response.json
    instance = api.post("/api/v1/processes/two_tasks/instances", user="agent", json={"data": {}}).json
    return instance["id"], sorted((t for t in instance["tasks"] if t["status"] == "open"), key=lambda t: t["id"])


def test_work_opened_before_the_decision_is_watched_once_its_instance_moves(app: Flask, api: Any) -> None:
    _, (first, second) = two_open_tasks(api, with_sla=False)
    assert first["jeopardy"] is None and second["jeopardy"] is None
    deploy(api)
    assert api.post(f"/api/v1/tasks/{first['id']}/complete", user="fulfiller", json={"data": {}}).status_code == 200
    later = api.get(f"/api/v1/tasks/{second['id']}", user="fulfiller").json
    assert later["jeopardy"] == "on_track" and later["due"] is not None
    assert check(app, datetime.fromisoformat(later["created_at"]) + timedelta(days=3)) == 1  # the second alone


def test_work_cancelled_with_its_instance_is_no_longer_watched(app: Flask, api: Any) -> None:
    instance_id, (first, second) = two_open_tasks(api, with_sla=True)
    assert first["jeopardy"] == "on_track" and second["jeopardy"] == "on_track"
    assert api.post(f"/api/v1/instances/{instance_id}/cancel", json={"reason": "not wanted"}).status_code == 200
    assert check(app, datetime.fromisoformat(first["created_at"]) + timedelta(days=3)) == 0


def test_a_tick_loads_only_the_watches_a_threshold_has_passed_for(app: Flask, api: Any) -> None:
    from sqlalchemy import event

    from app.jeopardy.models import JeopardyWatch

    deploy(api, "PT30S", "PT1H")
    task = new_work_order(api)
    created = datetime.fromisoformat(task["created_at"])
    assert check(app, created + timedelta(seconds=31)) == 1  # at risk, due in an hour
    loaded: list[int] = []

    def on_load(watch: JeopardyWatch, _: Any) -> None:
        loaded.append(watch.id)

    event.listen(JeopardyWatch, "load", on_load)
    try:
        assert check(app, created + timedelta(minutes=10)) == 0
    finally:
        event.remove(JeopardyWatch, "load", on_load)
    assert loaded == []  # every tick loaded every watch at risk, for hours


@pytest.mark.postgres
def test_a_watch_another_clock_is_moving_is_skipped_not_waited_for(app: Flask, api: Any) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy import text

    from app.extensions import db
    from app.jeopardy.service import check as run_check

    deploy(api)
    task = new_work_order(api)
    at = datetime.fromisoformat(task["created_at"]) + timedelta(seconds=61)
    other = create_engine(app.config["SQLALCHEMY_DATABASE_URI"])
    with other.connect() as clock:  # another worker's tick, holding the watch it moves
        clock.execute(text("SELECT id FROM jeopardy_watches FOR UPDATE"))
        with app.app_context(), unit_of_work():
            db.session.execute(text("SET LOCAL lock_timeout = '2s'"))
            assert run_check(at) == 0  # skipped: waiting failed the whole tick (or hung it)
        clock.rollback()
    other.dispose()
    assert check(app, at) == 1


ASK_LATER = b"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:spiffworkflow="http://spiffworkflow.org/bpmn/schema/1.0/core" id="d"
                  targetNamespace="http://ordra.example/t">
  <bpmn:process id="ask_later" name="Ask later" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="ask" name="Book the engineer"><bpmn:extensionElements>
      <spiffworkflow:serviceTaskOperator id="test/later" resultVariable="booking"><spiffworkflow:parameters>
      <spiffworkflow:parameter id="site" type="str" value="'SW1A 1AA'" /></spiffworkflow:parameters>
      </spiffworkflow:serviceTaskOperator></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="ask" />
    <bpmn:sequenceFlow id="f2" sourceRef="ask" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>
"""


def test_a_call_to_another_system_left_unanswered_is_watched_until_it_answers(app: Flask, api: Any) -> None:
    from app import connectors
    from app.connectors import Connector
    from app.connectors import Deferred
    from app.connectors import schema
    from app.database import utcnow
    from app.instances.service import resume_waiting_call

    def answer_later(params: Any, key: str) -> Any:
        raise Deferred()

    connectors.register(app, Connector("test/later", answer_later, inputs=schema({}), outputs=schema({})))
    files = [(io.BytesIO(ASK_LATER), "ask_later.bpmn"), (io.BytesIO(SLA_DMN.encode()), "jeopardy_sla.dmn")]
    deployed = api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data")
    assert deployed.status_code == 201, deployed.json
    instance = api.post("/api/v1/processes/ask_later/instances", json={"data": {}}).json
    started = utcnow()
    assert check(app, started + timedelta(minutes=29)) == 0  # most systems answer long before
    assert check(app, started + timedelta(minutes=31)) == 1  # the shipped table: warn after 30 minutes
    [alert] = api.get("/api/v1/jeopardies", user="fmanager").json
    assert (alert["subject"]["kind"], alert["subject"]["title"], alert["state"]) == (
        "service_call", "Waiting on test/later: Book the engineer", "at_risk")
    assert check(app, started + timedelta(minutes=40)) == 0  # watched once, however many ticks

    with app.app_context(), unit_of_work():
        assert resume_waiting_call(instance["id"], "test/later", result={})
    check(app, started + timedelta(hours=3))
    assert api.get("/api/v1/jeopardies", user="fmanager").json == []  # answered: nothing to chase
    assert api.get(f"/api/v1/instances/{instance['id']}").json["status"] == "completed"


def test_months_in_the_table_are_calendar_months_and_a_bad_duration_is_logged(app: Flask, api: Any,
                                                                              caplog: pytest.LogCaptureFixture) -> None:
    from app.jeopardy import service

    deploy(api, "P1M", "P2M")  # a long SLA: months were no timedelta, and the work went unwatched
    task = new_work_order(api)
    created = datetime.fromisoformat(task["created_at"])
    due = datetime.fromisoformat(task["due"])
    assert task["jeopardy"] == "on_track" and timedelta(days=59) <= due - created <= timedelta(days=62)

    service._warn_unwatched.cache_clear()
    deploy(api, "PT30S", "two days")
    with caplog.at_level("WARNING", logger="app.jeopardy.service"):
        assert new_work_order(api)["due"] is None
    assert "'due_after': 'two days'" in caplog.text and "work_order" in caplog.text
