"""Jeopardy on the seeded demo's orders, with the clock moved: who is alerted, what moves the dates, what closes."""
from __future__ import annotations

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
from tests.orders.conftest import seeded  # noqa: F401  (the seeded demo: catalog, accounts, shipped models)


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
