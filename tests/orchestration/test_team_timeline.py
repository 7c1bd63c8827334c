"""The team timeline: all open work on one chart, filtered, and a manager's reassign and reschedule."""
from __future__ import annotations

import re
from datetime import datetime
from datetime import timedelta
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place


def _as(app: Flask, username: str) -> FlaskClient:
    client = app.test_client()
    client.post("/login", data={"username": username, "password": "demo"})
    return client


def _bars(client: FlaskClient, query: str = "") -> list[int]:
    page = client.get(f"/workspace/team-timeline?{query}")
    assert page.status_code == 200
    return [int(i) for i in re.findall(r'data-work-item-id="(\d+)"', page.get_data(as_text=True))]


def test_filters_reassign_and_reschedule(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    first = place(api, fibre_bundle(seeded, external_id="T-1"))
    place(api, fibre_bundle(seeded, external_id="T-2"))
    approve(api, first)  # first now waits on the survey, the second on its approval
    manager = _as(app, "fmanager")
    assert len(_bars(manager)) == 2
    survey = _bars(manager, "role=fulfillment_agent")
    assert len(survey) == 1 and len(_bars(manager, "role=order_approver")) == 1
    assert len(_bars(manager, "region=London")) == 2 and _bars(manager, "region=Mars") == []
    assert _bars(manager, "jeopardy=late") == [] and len(_bars(manager, "jeopardy=on_track")) == 2
    panel = manager.get(f"/workspace/team-timeline?select={survey[0]}").get_data(as_text=True)
    assert 'id="team-move"' in panel and "<option>fulfiller</option>" in panel

    moved = manager.post(f"/workspace/team-timeline/{survey[0]}",
                         data={"assignee": "fulfiller", "role": "fulfillment_agent"})
    assert moved.status_code == 302 and "role=fulfillment_agent" in moved.headers["Location"]
    assert api.get(f"/api/v1/tasks/{survey[0]}", user="fulfiller").json["assignee"] == "fulfiller"
    wrong = manager.post(f"/workspace/team-timeline/{survey[0]}", data={"assignee": "approver"})
    assert wrong.status_code == 422  # not of the task's role
    due = api.get(f"/api/v1/tasks/{survey[0]}", user="fulfiller").json["due"]
    earlier = (datetime.fromisoformat(due) - timedelta(hours=30)).strftime("%Y-%m-%dT%H:%M")
    assert manager.post(f"/workspace/team-timeline/{survey[0]}", data={"due": earlier}).status_code == 302
    assert api.get(f"/api/v1/tasks/{survey[0]}", user="fulfiller").json["due"].startswith(earlier)
    assert manager.post(f"/workspace/team-timeline/{survey[0]}", data={"due": "soon"}).status_code == 422
    watches = [w for w in api.get(f"/api/v1/orders/{first}", user="agent").json["jeopardies"]
               if w["kind"] == "work_item" and w["subject_id"] == survey[0]]
    assert watches and watches[0]["due_at"].startswith(earlier)  # the SLA watch moved with it
    notes = [(e["actor"], e["message"]) for e in order_360(api, first)["events"] if e["kind"] == "work_managed"]
    was = due[:16].replace("T", " ")
    assert notes == [("fmanager", "Survey site assigned to fulfiller"),
                     ("fmanager", f"Survey site due {earlier.replace('T', ' ')} UTC (was {was})")]


def test_a_refused_due_time_changes_nothing_and_says_why_beside_the_field(app: Flask, api: Any,
                                                                          seeded: dict[str, Any]) -> None:
    place(api, fibre_bundle(seeded, external_id="T-REFUSED"))
    manager = _as(app, "fmanager")
    [approval] = _bars(manager)
    before = api.get(f"/api/v1/tasks/{approval}", user="approver").json
    refused = manager.post(f"/workspace/team-timeline/{approval}", data={"assignee": "approver",
                                                                        "due": "2020-01-01T10:00"})
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert "Nothing was changed" in page and '<p class="field-error" id="due-error">must be after the task was ' \
                                             "created</p>" in page
    assert 'value="2020-01-01T10:00"' in page and "<option selected>approver</option>" in page  # as typed
    assert "is now with" not in page and "is now with" not in manager.get("/workspace/team-timeline").get_data(
        as_text=True)  # no success said, now or on the next page
    after = api.get(f"/api/v1/tasks/{approval}", user="approver").json
    assert (after["assignee"], after["due"]) == (before["assignee"], before["due"])  # the reassignment undone too
    order_id = after["order_id"]
    assert not [e for e in order_360(api, order_id)["events"] if e["kind"] == "work_managed"]  # and not noted


def test_work_moved_before_its_warning_is_alerted_at_once(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """A due time moved so near that the warning has passed raises the managers' alert in the request, not at the
    next tick, and the manager is told; the tick then raises nothing more."""
    from app.database import unit_of_work
    from app.jeopardy.service import check

    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    manager = _as(app, "fmanager")
    survey = _bars(manager)[0]
    assert api.get("/api/v1/jeopardies", user="fmanager").json == []
    created = datetime.fromisoformat(api.get(f"/api/v1/tasks/{survey}", user="fulfiller").json["created_at"])
    soon = (created + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M")  # the first minute after it opened
    moved = manager.post(f"/workspace/team-timeline/{survey}", data={"due": soon}, follow_redirects=True)
    assert moved.status_code == 200
    alerts = api.get("/api/v1/jeopardies", user="fmanager").json
    assert [(a["state"], a["subject"]["id"]) for a in alerts] in ([("at_risk", survey)], [("late", survey)])
    state = alerts[0]["state"].replace("_", " ")
    assert f"is now due {soon.replace('T', ' ')} UTC. It is {state}: the jeopardy board has it." in \
        moved.get_data(as_text=True)
    with app.app_context(), unit_of_work():
        check()
    assert len(api.get("/api/v1/jeopardies", user="fmanager").json) == len(alerts)


def test_only_managers_see_and_move_the_team_timeline(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    fulfiller = _as(app, "fulfiller")
    assert fulfiller.get("/workspace/team-timeline").status_code == 403
    survey = _bars(_as(app, "fmanager"))[0]
    assert fulfiller.post(f"/workspace/team-timeline/{survey}", data={"assignee": "fulfiller"}).status_code == 403
    assert _as(app, "fmanager").post("/workspace/team-timeline/999999", data={"assignee": ""}).status_code == 404
