"""Jeopardy on the seeded demo's orders, with the clock moved: who is alerted, what moves the dates, what closes."""
from __future__ import annotations

import re
from datetime import datetime
from datetime import timedelta
from typing import Any

from flask import Flask

from app.database import unit_of_work
from app.database import utcnow
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place


def check(app: Flask, at: datetime) -> int:
    from app.jeopardy.service import check as run_check
    with app.app_context(), unit_of_work():
        return run_check(at)


def promised_bundle(api: Any, seeded: dict[str, Any], days: int = 3, external_id: str = "J-1") -> int:
    """A fibre bundle promised ``days`` from now (the order watch warns 2 days before, the shipped table)."""
    body = fibre_bundle(seeded, external_id=external_id)
    body["requestedCompletionDate"] = (utcnow() + timedelta(days=days)).isoformat()
    return place(api, body)


def alerts(api: Any, user: str) -> list[tuple[str, str, str]]:
    return sorted((a["subject"]["kind"], a["subject"]["title"], a["state"])
                  for a in api.get("/api/v1/jeopardies", user=user).json)


def test_each_alert_goes_to_the_manager_of_the_people_who_do_the_work(app: Flask, api: Any,
                                                                       seeded: dict[str, Any]) -> None:
    order_id = promised_bundle(api, seeded)
    check(app, utcnow() + timedelta(days=1, hours=1))  # the approval (P1D) is late, the promise 2 days off
    order = ("order", f"Order {order_id}", "at_risk")
    # the approval is an approver's work: the order manager chases it; the promise is both managers' business
    assert alerts(api, "omanager") == [order, ("work_item", "Approve order", "late")]
    assert alerts(api, "fmanager") == [order]
    approve(api, order_id)
    check(app, utcnow() + timedelta(days=2, hours=2))  # the survey (a work order, P2D) is late
    assert ("work_item", "Survey site", "late") in alerts(api, "fmanager")
    assert ("work_item", "Survey site", "late") not in alerts(api, "omanager")
    assert order_360(api, order_id)["state"] == "inProgress"


def test_the_promise_watch_moves_with_the_promised_date(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    order_id = promised_bundle(api, seeded, days=3)
    now = utcnow()

    def promise(days: int | None) -> None:
        date = (now + timedelta(days=days)).isoformat() if days is not None else None
        response = api.client.patch(f"/tmf-api/productOrderingManagement/v4/productOrder/{order_id}",
                                    headers=api.headers("agent"), json={"requestedCompletionDate": date})
        assert response.status_code == 200, response.json

    def watch() -> dict[str, Any]:
        [found] = [w for w in order_360(api, order_id)["jeopardies"] if w["kind"] == "order"]
        return found

    check(app, now + timedelta(days=1, hours=1))
    assert watch()["state"] == "at_risk"  # two days' margin before the date
    promise(10)  # the customer agreed a later date: the order is on track again
    assert watch()["due_at"] == (now + timedelta(days=10)).isoformat() and watch()["state"] == "on_track"
    assert ("order", f"Order {order_id}", "at_risk") not in alerts(api, "omanager")
    check(app, now + timedelta(days=3, hours=1))
    assert watch()["state"] == "on_track"  # not late at the date it no longer promises
    promise(2)  # an earlier date: late at that date, and alerted again
    check(app, now + timedelta(days=3, hours=2))
    assert watch()["state"] == "late" and ("order", f"Order {order_id}", "late") in alerts(api, "omanager")
    promise(None)  # no date promised any more: nothing to be late against
    assert watch()["closed"] is True


def test_a_late_task_given_more_time_is_on_track_and_alerts_again_when_late_again(
        app: Flask, api: Any, seeded: dict[str, Any], client: Any) -> None:
    order_id = promised_bundle(api, seeded, days=30)
    approve(api, order_id)
    now = utcnow()
    check(app, now + timedelta(days=2, hours=1))
    survey = next(t for t in order_360(api, order_id)["tasks"] if t["name"] == "Survey site")
    assert survey["jeopardy"] == "late" and ("work_item", "Survey site", "late") in alerts(api, "fmanager")
    [alert] = [a for a in api.get("/api/v1/jeopardies", user="fmanager").json if a["subject"]["id"] == survey["id"]]
    assert api.post(f"/api/v1/jeopardies/{alert['id']}/acknowledge", user="fmanager").status_code == 200

    client.post("/login", data={"username": "fmanager", "password": "demo"})
    later = (now + timedelta(days=5)).strftime("%Y-%m-%dT%H:%M")
    assert client.post(f"/workspace/team-timeline/{survey['id']}", data={"due": later}).status_code == 302
    moved = api.get(f"/api/v1/tasks/{survey['id']}", user="fulfiller").json
    assert moved["due"].startswith(later) and moved["jeopardy"] == "on_track"  # not "late" and due in 3 days
    # the order's timeline says so (it ended with the task late, after the manager had given it more time)
    [note] = [e for e in order_360(api, order_id)["events"] if e["kind"] == "work_managed"]
    assert note["actor"] == "fmanager" and note["message"].startswith(f"Survey site due {later.replace('T', ' ')} UTC")

    assert check(app, now + timedelta(days=5, hours=1)) >= 1  # late again: the same alert, raised anew
    again = [a for a in api.get("/api/v1/jeopardies", user="fmanager").json if a["subject"]["id"] == survey["id"]]
    assert [(a["id"], a["state"], a["acknowledged"]) for a in again] == [(alert["id"], "late", False)]


def test_the_order_record_says_what_is_at_risk_or_late_and_when_it_fell_behind(
        app: Flask, api: Any, seeded: dict[str, Any], client: Any) -> None:
    order_id = promised_bundle(api, seeded, days=3)
    approve(api, order_id)
    check(app, utcnow() + timedelta(days=2, hours=1))  # the survey late, the promise at risk
    events = [e["message"] for e in order_360(api, order_id)["events"] if e["kind"] == "jeopardy"]
    assert any(m.startswith("Survey site is late (due ") and m.endswith(" UTC)") for m in events), events
    assert any(m.startswith(f"Order {order_id} is at risk") for m in events), events
    client.post("/login", data={"username": "omanager", "password": "demo"})
    page = client.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert '<span class="state jeopardy-state-at_risk" id="promise-jeopardy">At risk</span>' in page
    [survey] = re.findall(r"<li>[^<]*Survey site.*?</li>", page.split('<ul class="tasks">')[1], re.S)
    assert re.search(r"due \d{4}-\d\d-\d\d \d\d:\d\d UTC", survey) and ">Late</span>" in survey
    client.post("/logout")
    client.post("/login", data={"username": "bob", "password": "demo"})  # the customer sees none of it
    assert "is late (due" not in client.get(f"/portal/orders/{order_id}").get_data(as_text=True)


def test_an_order_with_no_promised_date_costs_its_steps_no_look_for_an_order_watch(app: Flask, api: Any,
                                                                                 seeded: dict[str, Any]) -> None:
    """The order's watch is looked for as its instances start and end; an order never promised a date has none
    (a date taken away closes its watch as it goes), so its steps send no statement for it."""
    from sqlalchemy import event

    from app.extensions import db
    from tests.orchestration.flow import run_to_completion
    looked: list[str] = []

    def statement(_conn: Any, _cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT") and "jeopardy_watches" in sql and "order" in str(params):
            looked.append(sql)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", statement)
    try:
        order_id = place(api, fibre_bundle(seeded, external_id="J-NO-DATE"))
        run_to_completion(api, order_id)
    finally:
        event.remove(engine, "before_cursor_execute", statement)
    assert order_360(api, order_id)["state"] == "completed"
    assert looked == []
