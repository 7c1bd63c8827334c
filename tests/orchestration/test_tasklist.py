"""The tasklist: order and customer columns, filters, search, sort, pages, and Complete and next."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from app.database import unit_of_work
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place


def _orders(api: Any, seeded: dict[str, Any]) -> list[int]:
    return [place(api, fibre_bundle(seeded, external_id="CRM-A1", account="Acme Ltd")),
            place(api, fibre_bundle(seeded, external_id="CRM-B1", account="Bravo plc")),
            place(api, fibre_bundle(seeded, external_id="CRM-B2", account="Bravo plc"))]


def _as(app: Flask, username: str) -> FlaskClient:
    client = app.test_client()
    client.post("/login", data={"username": username, "password": "demo"})
    return client


def _rows(client: FlaskClient, query: str = "") -> list[int]:
    page = client.get(f"/?{query}")
    assert page.status_code == 200
    return [int(i) for i in re.findall(r'<tr data-work-item-id="(\d+)"', page.get_data(as_text=True))]


def test_filters_search_and_sort(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    first, second, third = _orders(api, seeded)
    approver = _as(app, "approver")
    page = approver.get("/").get_data(as_text=True)
    assert "3 open tasks" in page and "Acme Ltd" in page and "CRM-B2" in page
    assert f'href="/workspace/orders/{first}"' in page
    all_rows = _rows(approver)
    assert len(all_rows) == 3
    assert len(_rows(approver, "q=crm-b")) == 2 and len(_rows(approver, "q=Acme")) == 1
    assert len(_rows(approver, f"q=%23{second}")) == 1 and len(_rows(approver, f"q=%23{third}")) == 1
    assert len(_rows(approver, f"q={third}")) >= 1  # a bare number: the order id, or in an external id
    assert _rows(approver, "q=nothing-like-it") == []
    assert _rows(approver, "sort=-order") == sorted(all_rows, reverse=True)
    assert _rows(approver, "view=mine") == []
    assert approver.post(f"/tasks/{all_rows[1]}/claim").status_code == 302
    assert _rows(approver, "view=mine") == [all_rows[1]]
    assert _rows(approver, "view=unassigned") == [all_rows[0], all_rows[2]]
    assert len(_rows(approver, "view=roles")) == 3
    assert _rows(approver, "view=late") == []
    from app.extensions import db
    from app.inbox.models import WorkItem
    with app.app_context(), unit_of_work():
        late = db.session.get(WorkItem, all_rows[2])
        late.due_at = late.created_at - timedelta(hours=1)
    assert _rows(approver, "view=late") == [all_rows[2]]
    assert _rows(approver, "sort=due")[0] == all_rows[2]  # the overdue one first
    assert _rows(approver, "view=bogus&sort=bogus&page=x") == _rows(approver)  # nonsense falls back to defaults
    for page in ("99999999999999999999", "%C2%B2", "0"):  # past the database's integers, a digit that is no number
        assert _rows(approver, f"page={page}") == _rows(approver)
    assert _rows(_as(app, "fulfiller")) == []  # not their role


def test_server_side_pages(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    _orders(api, seeded)
    from app.auth.models import User
    from app.extensions import db
    from app.inbox.tasklist import TaskQuery
    from app.inbox.tasklist import task_page
    with app.app_context():
        approver = db.session.query(User).filter_by(username="approver").one()
        first, total = task_page(approver, TaskQuery(page=1), per_page=2)
        second, _ = task_page(approver, TaskQuery(page=2), per_page=2)
    assert total == 3 and len(first) == 2 and len(second) == 1
    assert not {r.item.id for r in first} & {r.item.id for r in second}


def test_complete_and_next_opens_the_next_task_and_complete_returns_to_the_list(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    _orders(api, seeded)
    approver = _as(app, "approver")
    first, second, third = sorted(_rows(approver))
    done = approver.post(f"/tasks/{first}", data={"approval_decision": "approve", "after": "next"})
    assert done.status_code == 302 and re.fullmatch(r"/tasks/(\d+)", done.headers["Location"])
    assert int(done.headers["Location"].rsplit("/", 1)[1]) in (second, third)
    done = approver.post(f"/tasks/{second}", data={"approval_decision": "approve"})
    assert done.status_code == 302 and done.headers["Location"] == "/"
    last = approver.post(f"/tasks/{third}", data={"approval_decision": "approve", "after": "next"})
    assert last.headers["Location"] == "/"  # nothing left: back to the list, saying so
    assert "That was the last task waiting for you." in approver.get("/").get_data(as_text=True)
