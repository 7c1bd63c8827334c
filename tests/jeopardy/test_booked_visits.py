"""A task due at a time its own data gives (``dueAt``): the installation is due when the booked engineer visit
ends, not two days after its work order opened (the work-order SLA), so it is neither late before the engineer
comes nor promised to the customer before the visit."""
from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask

from app.database import utcnow
from app.engine.runtime import due_moment
from tests.helpers import REPO
from tests.jeopardy.test_jeopardy_orders import check
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import task

PLAN = (REPO / "bpmn" / "plan_field_visit.bpmn").read_text("utf-8")


def installation_waiting(api: Any, seeded: dict[str, Any]) -> tuple[int, dict[str, Any], datetime]:
    """A fibre bundle at *Install ONT on site*: the order, the install task and the end of the visit booked."""
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    install = task(api, order_id, "Install ONT on site", "fulfiller")
    visit = api.get(f"/api/v1/tasks/{install['id']}", user="fulfiller").json["data"]["visit"]
    return order_id, install, datetime.fromisoformat(visit["ends_at"])


def install_watch(api: Any, order_id: int) -> dict[str, Any]:
    [watch] = [w for w in order_360(api, order_id)["jeopardies"] if w["title"] == "Install ONT on site"]
    return watch


def test_the_installation_is_due_when_the_booked_visit_ends(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    order_id, install, visit_ends = installation_waiting(api, seeded)
    assert visit_ends > utcnow() + timedelta(hours=12)  # booked 1-7 days ahead, in a slot ending at noon or 17:00
    assert datetime.fromisoformat(install["due"]) == visit_ends
    watch = install_watch(api, order_id)
    # warned the work-order SLA's margin (due P2D, warned P1D: a day) before the visit ends
    assert datetime.fromisoformat(watch["due_at"]) == visit_ends
    assert datetime.fromisoformat(watch["warn_at"]) == visit_ends - timedelta(days=1)
    # the customer is not promised the order before the visit
    response = api.get(f"/tmf-api/productOrderingManagement/v4/productOrder/{order_id}", user="agent")
    assert response.status_code == 200, response.json
    assert datetime.fromisoformat(response.json["expectedCompletionDate"]) >= visit_ends
    [engineer_visit] = [m for m in response.json["productOrderMilestone"] if m["name"] == "Engineer visit"]
    assert datetime.fromisoformat(engineer_visit["milestoneDate"]) == visit_ends
    check(app, visit_ends - timedelta(minutes=1))
    assert install_watch(api, order_id)["state"] == "at_risk"
    check(app, visit_ends + timedelta(minutes=1))
    assert install_watch(api, order_id)["state"] == "late"


@pytest.mark.parametrize(("value", "due"), [
    ("2027-01-10T17:00:00+00:00", datetime(2027, 1, 10, 17, tzinfo=UTC)),
    ("2027-01-10T17:00:00Z", datetime(2027, 1, 10, 17, tzinfo=UTC)),
    ("2027-01-10T17:00:00", datetime(2027, 1, 10, 17, tzinfo=UTC)),  # no offset: UTC
    ("2027-01-10T18:00:00+01:00", datetime(2027, 1, 10, 17, tzinfo=UTC)),
    ("2027-01-10", datetime(2027, 1, 11, tzinfo=UTC)),  # a day: by its end
    (date(2027, 1, 10), datetime(2027, 1, 11, tzinfo=UTC)),
], ids=["offset", "zulu", "naive", "other-offset", "day", "date-value"])
def test_a_due_time_is_a_date_time_or_the_end_of_a_day(value: Any, due: datetime) -> None:
    assert due_moment(value) == due


@pytest.mark.parametrize("value", ["next Tuesday", "2027-13-01", 3, ["2027-01-10"]])
def test_anything_else_is_no_due_time(value: Any) -> None:
    with pytest.raises(ValueError):
        due_moment(value)


def upload_plan(api: Any, due_at: str) -> Any:
    drawn = PLAN.replace('value="visit.get(\'ends_at\')"', f'value="{due_at}"')
    assert drawn != PLAN
    return api.post("/api/v1/models", data={"files": [(io.BytesIO(drawn.encode()), "plan_field_visit.bpmn")]},
                    content_type="multipart/form-data")


def test_a_due_expression_the_sandbox_refuses_is_refused_at_upload(api: Any, seeded: dict[str, Any]) -> None:
    before = api.get("/api/v1/models").json
    response = upload_plan(api, "__import__('os').getcwd()")
    assert response.status_code == 422, response.json
    [error] = response.json["errors"]
    assert error["file"] == "plan_field_visit.bpmn" and error["element"] == "install_ont", error
    assert "dueAt" in error["message"], error
    assert api.get("/api/v1/models").json == before  # nothing stored


def test_a_due_expression_that_gives_no_time_leaves_the_task_to_its_sla(app: Flask, api: Any,
                                                                         seeded: dict[str, Any]) -> None:
    assert upload_plan(api, "visit.get('engineer')").status_code == 201  # a name, not a time
    order_id, install, _visit_ends = installation_waiting(api, seeded)
    opened = datetime.fromisoformat(install["created_at"])
    assert datetime.fromisoformat(install["due"]) == opened + timedelta(days=2)  # the work-order SLA
    assert install_watch(api, order_id)["state"] == "on_track"
