"""Closure days stored on top of the configured holidays: the calendar in effect, the API and page that change
them, and the open work on the business clock re-timed by each change."""
from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime
from typing import Any

import pytest
import time_machine
from flask import Flask

from app.database import unit_of_work
from app.extensions import db
from app.jeopardy.calendar import SlaSpan
from app.jeopardy.calendar import calendar
from app.jeopardy.models import ClosureDay
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import Api
from tests.helpers import statements
from tests.jeopardy.test_business_hours import at
from tests.jeopardy.test_business_hours import business_table
from tests.jeopardy.test_jeopardy import SLA_DMN
from tests.jeopardy.test_jeopardy import check
from tests.jeopardy.test_jeopardy import new_work_order
from tests.jeopardy.test_jeopardy import sla_version
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import task

# London's hours (tests/jeopardy/test_business_hours.py: Mon–Fri 09:00–17:30, New Year's Day a holiday); work
# opened on Thursday 31 December at 17:00 with a PT1H warning and PT2H due has half an hour that day, then the
# holiday and the weekend: at risk at 09:30 and due at 10:30 on Monday 4 January.
THURSDAY_AT_FIVE = datetime(2026, 12, 31, 17, 0, tzinfo=UTC)
MONDAY = "2027-01-04"
MONDAY_DUE = at("2027-01-04T10:30:00+00:00")
TUESDAY_DUE = at("2027-01-05T10:30:00+00:00")  # with Monday closed too
TODAY = datetime(2027, 1, 4, 11, 0, tzinfo=UTC)  # the work is late


def deploy(api: Api, table: bytes) -> None:
    files: list[Any] = [(p.open("rb"), p.name) for p in CHANGE_REQUEST_FILES]
    files.append((io.BytesIO(table), "jeopardy_sla.dmn"))
    assert api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data").status_code == 201


def delete(api: Api, path: str, user: str = "fmanager") -> Any:
    return api.client.delete(path, headers=Api.headers(user))


def add_day(api: Api, day: str, name: str = "Snow day", user: str = "fmanager") -> Any:
    return api.post("/api/v1/business-calendar/closure-days", user=user, json={"date": day, "name": name})


def task_of(api: Api, task_id: int) -> dict[str, Any]:
    return next(t for t in api.get("/api/v1/tasks", user="fulfiller").json if t["id"] == task_id)


def watch_state(london: Flask, task_id: int) -> str:
    from app.jeopardy.models import JeopardyWatch
    with london.app_context():
        watch = db.session.query(JeopardyWatch).filter_by(subject_kind="work_item", subject_id=task_id).one()
        return watch.state


def test_the_calendar_in_effect_reads_the_stored_days_once_across_transactions(london: Flask) -> None:
    hour = SlaSpan(at("2027-01-04T10:00:00+00:00") - at("2027-01-04T09:00:00+00:00"), "business")
    with statements(london) as seen:
        with london.app_context():
            SlaSpan.parse("PT2H", "24x7").after(THURSDAY_AT_FIVE)  # type: ignore[union-attr]  # around the clock
        assert not [s for s, _ in seen if "closure_days" in s]  # reads nothing
        for _ in range(2):
            with london.app_context():
                assert hour.after(THURSDAY_AT_FIVE) == at("2027-01-04T09:30:00+00:00")
    assert len([s for s, _ in seen if "FROM closure_days" in s]) == 1  # the second transaction asked no one
    with london.app_context(), unit_of_work():
        db.session.add(ClosureDay(day=date(2027, 1, 4), name="Snow day"))
        db.session.flush()
        assert date(2027, 1, 4) in calendar().holidays  # the transaction sees its own change
    with london.app_context():  # and every other one, once it is committed
        assert calendar().holidays == {date(2027, 1, 1), date(2027, 1, 4)}
        assert hour.after(THURSDAY_AT_FIVE) == at("2027-01-05T09:30:00+00:00")


def test_staff_read_the_calendar_and_managers_change_it(london: Flask) -> None:
    api = Api(london.test_client())
    listed = api.get("/api/v1/business-calendar", user="fulfiller")
    assert listed.status_code == 200
    assert listed.json["timezone"] == "Europe/London" and listed.json["hours"] == "09:00-17:30"
    assert listed.json["days"] == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    assert listed.json["closure_days"] == [{"date": "2027-01-01", "name": "Holiday (configuration)",
                                            "source": "configuration", "added_by": None, "added_at": None}]
    assert api.get("/api/v1/business-calendar", user="alice").status_code == 403  # customers never
    with time_machine.travel(TODAY, tick=False):
        assert add_day(api, "2027-01-05", user="fulfiller").status_code == 403
        assert add_day(api, "2027-01-05", user="omanager").status_code == 403
        added = add_day(api, "2027-01-05", user="admin")
        assert added.status_code == 201, added.json
        assert added.json["retimed"] == 0 and added.json["added_by"] == "admin"
        assert add_day(api, "2027-01-06").status_code == 201
    listed = api.get("/api/v1/business-calendar", user="approver").json
    assert [(d["date"], d["source"]) for d in listed["closure_days"]] == [
        ("2027-01-01", "configuration"), ("2027-01-05", "stored"), ("2027-01-06", "stored")]
    assert delete(api, "/api/v1/business-calendar/closure-days/2027-01-05", user="fulfiller").status_code == 403
    with time_machine.travel(at("2027-01-04T12:00:00+00:00"), tick=False):
        assert delete(api, "/api/v1/business-calendar/closure-days/2027-01-05").json == {
            "date": "2027-01-05", "retimed": 0, "now_at_risk": 0}
    assert delete(api, "/api/v1/business-calendar/closure-days/2027-01-05").status_code == 404
    configured = delete(api, "/api/v1/business-calendar/closure-days/2027-01-01")
    assert configured.status_code == 404 and "configuration" in configured.json["errors"][0]["message"]
    assert delete(api, "/api/v1/business-calendar/closure-days/someday").status_code == 404
    listed = api.get("/api/v1/business-calendar", user="fulfiller").json  # staff read the history, newest first
    assert listed["changes_total"] == 3  # the refused changes (403, 404) left none
    assert listed["changes"] == [
        {"date": "2027-01-05", "name": "Snow day", "change": "removed", "by": "fmanager",
         "by_name": "Fiona Fulfillment-Manager", "at": "2027-01-04T12:00:00+00:00", "retimed": 0, "now_at_risk": 0},
        {"date": "2027-01-06", "name": "Snow day", "change": "added", "by": "fmanager",
         "by_name": "Fiona Fulfillment-Manager", "at": "2027-01-04T11:00:00+00:00", "retimed": 0, "now_at_risk": 0},
        {"date": "2027-01-05", "name": "Snow day", "change": "added", "by": "admin", "by_name": "Process Admin",
         "at": "2027-01-04T11:00:00+00:00", "retimed": 0, "now_at_risk": 0}]


@pytest.mark.parametrize(("body", "field", "message"), [
    ({"date": "2027-02-30", "name": "x"}, "date", "must be a date, YYYY-MM-DD"),
    ({"date": "05/01/2027", "name": "x"}, "date", "must be a date, YYYY-MM-DD"),
    ({"date": 20270105, "name": "x"}, "date", "must be a date, YYYY-MM-DD"),
    ({"date": "2027-01-06", "name": "Again"}, "date", "a closure day already (Epiphany)"),
    ({"date": "2027-01-09", "name": "x"}, "date", "Saturday 2027-01-09 is not a business day anyway"),
    ({"date": "2027-01-01", "name": "x"}, "date", "a holiday in the configuration already"),
    ({"date": "2040-01-02", "name": "x"}, "date", "within a year back and 10 years ahead"),
    ({"date": "2027-01-05", "name": "x" * 101}, "name", "at most 100 characters"),
    ({"date": "2027-01-05", "name": "  "}, "name", "a name is required"),
])
def test_a_bad_closure_day_is_422_naming_the_field(london: Flask, body: dict[str, Any], field: str,
                                                    message: str) -> None:
    api = Api(london.test_client())
    with time_machine.travel(TODAY, tick=False):
        assert add_day(api, "2027-01-06", "Epiphany").status_code == 201
        refused = api.post("/api/v1/business-calendar/closure-days", user="fmanager", json=body)
    assert refused.status_code == 422
    assert [(e["field"], message in e["message"]) for e in refused.json["errors"]] == [(field, True)]
    history = api.get("/api/v1/business-calendar").json
    assert [(c["date"], c["change"]) for c in history["changes"]] == [("2027-01-06", "added")]  # the refused: none
    assert history["changes_total"] == 1


def test_a_closure_day_on_the_due_day_moves_the_work_and_removing_it_moves_it_back(london: Flask) -> None:
    api = Api(london.test_client())
    deploy(api, business_table("PT1H", "PT2H"))
    with time_machine.travel(THURSDAY_AT_FIVE, tick=False):
        task = new_work_order(api)
    assert datetime.fromisoformat(task["due"]) == MONDAY_DUE
    assert check(london, TODAY) == 1 and watch_state(london, task["id"]) == "late"
    assert [a["state"] for a in api.get("/api/v1/jeopardies", user="fmanager").json] == ["late"]

    with time_machine.travel(TODAY, tick=False):
        added = add_day(api, MONDAY)
    assert added.status_code == 201 and added.json["retimed"] == 1
    assert datetime.fromisoformat(task_of(api, task["id"])["due"]) == TUESDAY_DUE
    assert watch_state(london, task["id"]) == "on_track"  # at risk at 09:30 on Tuesday now: eased at once
    assert api.get("/api/v1/jeopardies", user="fmanager").json == []  # nothing to act on
    assert check(london, TODAY) == 0

    with time_machine.travel(TODAY, tick=False):
        removed = delete(api, f"/api/v1/business-calendar/closure-days/{MONDAY}")
    assert removed.json == {"date": MONDAY, "retimed": 1, "now_at_risk": 1}
    assert datetime.fromisoformat(task_of(api, task["id"])["due"]) == MONDAY_DUE
    assert watch_state(london, task["id"]) == "late"  # late again, raised by the removal itself
    assert [a["state"] for a in api.get("/api/v1/jeopardies", user="fmanager").json] == ["late"]
    assert check(london, TODAY) == 0  # the tick has nothing left to raise
    history = api.get("/api/v1/business-calendar").json["changes"]
    assert [(c["change"], c["retimed"], c["now_at_risk"]) for c in history] == [("removed", 1, 1), ("added", 1, 0)]


def alerts_of(london: Flask, task_id: int) -> list[tuple[str, str, datetime]]:
    from app.jeopardy.models import JeopardyAlert
    from app.jeopardy.models import JeopardyWatch
    with london.app_context():
        return [(alert.state, alert.role, alert.created_at) for alert in db.session.scalars(
            db.select(JeopardyAlert).join(JeopardyWatch).where(JeopardyWatch.subject_kind == "work_item",
                                                               JeopardyWatch.subject_id == task_id)
            .order_by(JeopardyAlert.id))]


def test_removing_a_day_that_makes_work_late_raises_its_alert_in_the_request_and_says_so(london: Flask) -> None:
    """No tick ran: the removal itself raises the alert, the answer counts it, and the next tick raises nothing."""
    api = Api(london.test_client())
    deploy(api, business_table("PT1H", "PT2H"))
    with time_machine.travel(THURSDAY_AT_FIVE, tick=False):
        task = new_work_order(api)
        added = add_day(api, MONDAY)  # announced before the work fell due
    assert added.json["retimed"] == 1 and added.json["now_at_risk"] == 0
    assert datetime.fromisoformat(task_of(api, task["id"])["due"]) == TUESDAY_DUE

    with time_machine.travel(TODAY, tick=False):
        removed = delete(api, f"/api/v1/business-calendar/closure-days/{MONDAY}")
    assert removed.json == {"date": MONDAY, "retimed": 1, "now_at_risk": 1}
    assert watch_state(london, task["id"]) == "late" and task_of(api, task["id"])["jeopardy"] == "late"
    assert alerts_of(london, task["id"]) == [("late", "fulfillment_manager", TODAY)]
    assert [a["state"] for a in api.get("/api/v1/jeopardies", user="fmanager").json] == ["late"]
    assert check(london, TODAY) == 0 and check(london, at("2027-01-05T12:00:00+00:00")) == 0
    assert alerts_of(london, task["id"]) == [("late", "fulfillment_manager", TODAY)]  # once, not again
    history = api.get("/api/v1/business-calendar", user="fmanager").json["changes"]
    assert [(c["change"], c["retimed"], c["now_at_risk"]) for c in history] == [("removed", 1, 1), ("added", 1, 0)]


def test_removing_a_day_on_the_page_tells_the_manager_what_is_now_at_risk(london: Flask) -> None:
    api = Api(london.test_client())
    deploy(api, business_table("PT1H", "PT2H"))
    with time_machine.travel(THURSDAY_AT_FIVE, tick=False):
        task = new_work_order(api)
        assert add_day(api, MONDAY).status_code == 201
    ten = at("2027-01-04T10:00:00+00:00")  # past Monday's 09:30 warning, before its 10:30 due time
    manager = london.test_client()
    with time_machine.travel(ten, tick=False):
        manager.post("/login", data={"username": "fmanager", "password": "demo"})
        page = manager.post(f"/jeopardy/calendar/{MONDAY}/remove", follow_redirects=True).get_data(as_text=True)
    assert (f"Removed the closure day {MONDAY}; 1 open watch on the business clock re-timed; 1 is now at risk or "
            "late, and its managers alerted (see the jeopardy board).") in page
    assert "1 open watch re-timed, <strong class=\"jeopardy-state-at_risk\">1 now at risk or late</strong>" in page
    assert watch_state(london, task["id"]) == "at_risk"
    assert alerts_of(london, task["id"]) == [("at_risk", "fulfillment_manager", ten)]
    assert check(london, ten) == 0  # raised once
    assert check(london, TODAY) == 1  # and late at its due time, as any watch
    assert [a[0] for a in alerts_of(london, task["id"])] == ["at_risk", "late"]


def test_the_api_gives_the_working_time_left_beside_the_wall_time(london: Flask) -> None:
    api = Api(london.test_client())
    deploy(api, business_table("PT1H", "PT2H"))
    with time_machine.travel(THURSDAY_AT_FIVE, tick=False):
        new_work_order(api)
    check(london, TODAY)
    tuesday = at("2027-01-05T09:30:00+00:00")  # 7 h of Monday after the due time, and Tuesday's first half hour
    with time_machine.travel(tuesday, tick=False):
        alert = api.get("/api/v1/jeopardies", user="fmanager").json[0]
        browser = london.test_client()
        browser.post("/login", data={"username": "fmanager", "password": "demo"})
        board = browser.get("/jeopardy/").get_data(as_text=True)
    assert alert["clock"] == "business"
    assert alert["seconds_left"] == -23 * 3600 and alert["working_seconds_left"] == -(7 * 3600 + 1800)
    assert "7h 30m overdue <span class=\"muted\">(working time)</span>" in board  # the board says the same


def test_work_around_the_clock_is_not_retimed(london: Flask) -> None:
    api = Api(london.test_client())
    deploy(api, sla_version("PT1H", "PT2H"))
    with time_machine.travel(THURSDAY_AT_FIVE, tick=False):
        task = new_work_order(api)
    assert datetime.fromisoformat(task["due"]) == at("2026-12-31T19:00:00+00:00")
    with time_machine.travel(at("2026-12-31T18:00:00+00:00"), tick=False):
        assert add_day(api, "2026-12-31", "Early close").json["retimed"] == 0
    assert datetime.fromisoformat(task_of(api, task["id"])["due"]) == at("2026-12-31T19:00:00+00:00")
    alerts = api.get("/api/v1/jeopardies?acknowledged=true", user="fmanager").json
    assert all(alert["working_seconds_left"] is None for alert in alerts)


def test_the_page_shows_staff_the_days_and_lets_managers_change_them(london: Flask) -> None:
    browser = london.test_client()
    browser.post("/login", data={"username": "fulfiller", "password": "demo"})
    page = browser.get("/jeopardy/calendar").get_data(as_text=True)
    assert "Mon–Fri 09:00–17:30 (Europe/London)" in page and "Add a closure day" not in page
    assert browser.post("/jeopardy/calendar", data={"date": "2027-01-05", "name": "x"}).status_code == 403
    customer = london.test_client()
    customer.post("/login", data={"username": "alice", "password": "demo"})
    assert customer.get("/jeopardy/calendar").status_code == 403
    manager = london.test_client()
    manager.post("/login", data={"username": "fmanager", "password": "demo"})
    with time_machine.travel(TODAY, tick=False):
        manager.post("/login", data={"username": "fmanager", "password": "demo"})
        refused = manager.post("/jeopardy/calendar", data={"date": "2027-01-09", "name": "x" * 101})
        assert refused.status_code == 422
        text = refused.get_data(as_text=True)
        assert 'id="date-error">Saturday 2027-01-09 is not a business day anyway' in text
        assert 'id="name-error">at most 100 characters' in text
        added = manager.post("/jeopardy/calendar", data={"date": "2027-01-05", "name": "Stocktake"},
                             follow_redirects=True)
        text = added.get_data(as_text=True)
        assert "Added the closure day 2027-01-05 (Stocktake)" in text
        assert 'data-day="2027-01-05"' in text and "fmanager" in text
    with time_machine.travel(at("2027-01-04T11:20:00+00:00"), tick=False):  # (sessions idle out after 30 minutes)
        removed = manager.post("/jeopardy/calendar/2027-01-05/remove", follow_redirects=True).get_data(as_text=True)
    assert "Removed the closure day 2027-01-05" in removed and 'data-day="2027-01-05"' not in removed
    # the history keeps both, newest first, for staff to read
    history = removed[removed.index('id="closure-day-changes"'):]
    assert history.index("2027-01-04 11:20 UTC") < history.index("2027-01-04 11:00 UTC")
    assert ("<strong>Removed</strong> 2027-01-05 <span class=\"muted\">Tue</span> (Stocktake)\n  by Fiona "
            "Fulfillment-Manager (fmanager).") in history
    assert "<strong>Added</strong> 2027-01-05" in history and "No open work re-timed." in history
    assert "Changes 1–2 of 2, newest first." in removed and "Older changes" not in removed
    assert "Removed</strong> 2027-01-05" in browser.get("/jeopardy/calendar").get_data(as_text=True)
    assert customer.get("/jeopardy/calendar").status_code == 403


def test_the_history_is_shown_a_page_at_a_time(london: Flask) -> None:
    from app.jeopardy.models import ClosureDayChange
    with london.app_context(), unit_of_work():
        db.session.add_all(ClosureDayChange(day=date(2027, 2, 1 + n), name=f"Day {n}", change="added",
                                            at=at("2027-01-04T09:00:00+00:00"), retimed=n) for n in range(25))
    api = Api(london.test_client())
    first = api.get("/api/v1/business-calendar", user="fulfiller").json
    assert first["changes_total"] == 25 and len(first["changes"]) == 20
    assert first["changes"][0]["name"] == "Day 24" and first["changes"][0]["by"] is None
    older = api.get("/api/v1/business-calendar?changes_offset=20", user="fulfiller").json["changes"]
    assert [c["name"] for c in older] == ["Day 4", "Day 3", "Day 2", "Day 1", "Day 0"]
    assert api.get("/api/v1/business-calendar?changes_offset=-1").status_code == 422
    browser = london.test_client()
    browser.post("/login", data={"username": "fulfiller", "password": "demo"})
    page = browser.get("/jeopardy/calendar").get_data(as_text=True)
    assert "Changes 1–20 of 25, newest first." in page and "changes_offset=20#changes-heading" in page
    assert page.count('<li data-change="added">') == 20 and "Day 24" in page and "Day 4)" not in page
    page = browser.get("/jeopardy/calendar?changes_offset=20").get_data(as_text=True)
    assert "Changes 21–25 of 25, newest first." in page and "Newer changes" in page and "Day 4)" in page


def test_the_order_s_timeline_says_which_work_a_closure_day_moved(app: Flask, api: Api,
                                                                  seeded: dict[str, Any]) -> None:
    """Approvals (order tasks: PT4H, P1D) on the business clock of the default hours, Monday to Friday 09–17 UTC."""
    table = SLA_DMN.replace('<outputEntry id="r5_k"><text>"24x7"', '<outputEntry id="r5_k"><text>"business"')
    files: list[Any] = [(io.BytesIO(table.encode()), "jeopardy_sla.dmn")]
    deployed = api.post("/api/v1/models", data={"files": files, "force": "true"},  # (its saved cases say 24x7)
                        content_type="multipart/form-data")
    assert deployed.status_code == 201, deployed.json
    with time_machine.travel(datetime(2027, 1, 4, 10, 0, tzinfo=UTC)):  # a Monday (the clock runs: jobs wait)
        order_id = place(api, fibre_bundle(seeded))
        assert task(api, order_id, "Approve order", "approver")["due"].startswith("2027-01-05T10:00")
        assert add_day(api, "2027-01-05", "Stocktake").json["retimed"] == 1
        assert task(api, order_id, "Approve order", "approver")["due"].startswith("2027-01-06T10:00")
        events = [e["message"] for e in order_360(api, order_id)["events"] if e["kind"] == "jeopardy"]
    assert events == ["Approve order re-timed: closure day 2027-01-05 added; due 2027-01-06 10:00 UTC "
                      "(was 2027-01-05 10:00)"]


def test_a_day_a_concurrent_request_stored_first_is_422_not_500(london: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.jeopardy import closures
    api = Api(london.test_client())
    with time_machine.travel(TODAY, tick=False):
        assert add_day(api, "2027-01-05").status_code == 201
        monkeypatch.setattr(closures, "_day_problem", lambda *_: None)  # checked before the other one committed
        refused = add_day(api, "2027-01-05", "Again")
    assert refused.status_code == 422
    assert refused.json["errors"] == [{"field": "date", "message": "2027-01-05 is a closure day already"}]
    listed = api.get("/api/v1/business-calendar").json
    assert [d["name"] for d in listed["closure_days"]] == ["Holiday (configuration)", "Snow day"]
    assert [c["name"] for c in listed["changes"]] == ["Snow day"]  # the refused one left no history
