"""The fallout manager dashboard's figures against cases with known timestamps, and bulk reassign."""
from __future__ import annotations

from datetime import datetime
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.database import unit_of_work
from app.database import utcnow
from tests.helpers import DATA

HOUR = timedelta(hours=1)


def login(client: FlaskClient, username: str) -> None:
    assert client.post("/login", data={"username": username, "password": "demo"}).status_code == 302


@pytest.fixture()
def cases(app: Flask, api: Any) -> dict[str, int]:
    """Five cases on one (completed) instance: three open ones of known ages, two resolved, one cancelled."""
    from app.extensions import db
    from app.fallout.models import Fallout
    assert api.deploy(DATA / "models" / "activate_line.bpmn").status_code == 201
    instance_id = api.post("/api/v1/processes/activate_line/instances",
                           json={"data": {"site_postcode": "SW1A 1AA"}}).json["id"]
    now = utcnow()
    rows = {
        "young": ("open", "network capacity", "provisioning/activate", now - HOUR / 2, None),
        "middle": ("open", "network capacity", "provisioning/activate", now - 5 * HOUR, None),
        "old": ("retrying", "transient", "inventory/reserve", now - 48 * HOUR, None),
        "fixed_in_2h": ("resolved", "transient", "inventory/reserve", now - 10 * HOUR, now - 8 * HOUR),
        "fixed_in_4h": ("resolved", "data", "", now - 6 * HOUR, now - 2 * HOUR),
        "given_up": ("cancelled", "data", "", now - 100 * HOUR, now - 99 * HOUR),
    }
    with app.app_context(), unit_of_work():
        made = {key: Fallout(instance_id=instance_id, task_name="Activate line", status=status, category=category,
                             connector=connector, error_code="E", created_at=created, resolved_at=resolved)
                for key, (status, category, connector, created, resolved) in rows.items()}
        db.session.add_all(made.values())
        db.session.flush()
        return {key: case.id for key, case in made.items()}


def test_figures_against_known_data(app: Flask, cases: dict[str, int]) -> None:
    from app.fallout import dashboard
    with app.app_context():
        figures = dashboard.figures(utcnow())
    assert figures.open_total == 3
    assert figures.by_category == [("network capacity", 2), ("transient", 1)]
    assert figures.by_connector == [("provisioning/activate", 2), ("inventory/reserve", 1)]
    assert figures.by_age == [("< 1 h", 1), ("1–24 h", 1), ("> 24 h", 1)]
    assert [c.id for c in figures.oldest] == [cases["old"], cases["middle"], cases["young"]]
    assert figures.resolved_count == 2
    assert figures.mean_time_to_resolve is not None
    assert abs(figures.mean_time_to_resolve - 3 * HOUR) < timedelta(seconds=1)
    assert [(b.label, b.count, b.share) for b in figures.chart] == [("network capacity", 2, 1.0),
                                                                    ("transient", 1, 0.5)]


def test_age_buckets_at_their_edges(app: Flask, cases: dict[str, int]) -> None:
    """"middle" is exactly 1 h old, then exactly 24 h, then a second more (the others move along)."""
    from app.fallout import dashboard
    with app.app_context():
        middle = _created(cases["middle"])
        ages = [dict(dashboard.figures(middle + age).by_age)
                for age in (HOUR, 24 * HOUR, 24 * HOUR + timedelta(seconds=1))]
    assert ages == [{"< 1 h": 1, "1–24 h": 1, "> 24 h": 1},
                    {"< 1 h": 0, "1–24 h": 2, "> 24 h": 1},
                    {"< 1 h": 0, "1–24 h": 1, "> 24 h": 2}]


def _created(fallout_id: int) -> datetime:
    from app.extensions import db
    from app.fallout.models import Fallout
    case = db.session.get(Fallout, fallout_id)
    assert case is not None
    return case.created_at


def test_dashboard_page_shows_the_figures_and_chart(client: FlaskClient, cases: dict[str, int]) -> None:
    login(client, "falloutmgr")
    page = client.get("/fallout/dashboard").get_data(as_text=True)
    assert 'id="open-total">3<' in page
    assert "3 h 0 min (2 resolved)" in page
    assert '<svg class="bar-chart"' in page and 'data-category="network capacity"' in page
    assert 'width="380.0"' in page and 'width="190.0"' in page  # full bar, then half of it
    assert page.index(f'data-fallout="{cases["old"]}"') < page.index(f'data-fallout="{cases["young"]}"')
    assert f'value="{cases["fixed_in_2h"]}"' not in page  # only open cases can be ticked
    made_by_hand = client.get(f"/fallout/{cases['young']}").get_data(as_text=True)
    assert "No policy decision was recorded" in made_by_hand and "its task is not failing" in made_by_hand


def test_the_oldest_cases_name_their_order_and_task_with_links(app: Flask, client: FlaskClient,
                                                               cases: dict[str, int]) -> None:
    from app.extensions import db
    from app.fallout.models import Fallout
    with app.app_context(), unit_of_work():
        case = db.session.get(Fallout, cases["old"])
        assert case is not None
        case.order_id, instance_id = 4711, case.instance_id
    login(client, "falloutmgr")
    page = client.get("/fallout/dashboard").get_data(as_text=True)
    row = page[page.index(f'<tr data-fallout="{cases["old"]}">'):]
    row = row[:row.index("</tr>")]
    assert '<a href="/workspace/orders/4711">#4711</a>' in row
    assert f'<a href="/instances/{instance_id}">Activate line</a>' in row
    young = page[page.index(f'<tr data-fallout="{cases["young"]}">'):]
    assert "<td>—</td>" in young[:young.index("</tr>")]  # a case of no order says so


def test_dashboard_is_for_managers(client: FlaskClient, cases: dict[str, int]) -> None:
    login(client, "fallout")
    assert client.get("/fallout/dashboard").status_code == 403
    assert client.post("/fallout/dashboard/reassign", data={}).status_code == 403


@pytest.mark.parametrize("user", ["fallout", "falloutmgr", "admin"])
def test_everyone_who_may_open_the_fallout_queue_has_it_in_the_menu(client: FlaskClient, user: str) -> None:
    """A process admin may open the queue and the dashboard (and makes connectors fail on the Simulator page,
    which says that failing tasks become fallouts) but had no Fallout link to reach them."""
    login(client, user)
    page = client.get("/fallout/").get_data(as_text=True)
    assert '<a href="/fallout/"' in page[:page.index("</nav>")]


def test_bulk_reassign(client: FlaskClient, api: Any, cases: dict[str, int]) -> None:
    login(client, "falloutmgr")
    nothing = client.post("/fallout/dashboard/reassign", data={"bulk-target": "fallout_manager"})
    assert nothing.status_code == 422 and "tick at least one fallout" in nothing.get_data(as_text=True)
    closed = client.post("/fallout/dashboard/reassign",
                         data={"bulk-target": "fallout_manager", "bulk-fallout_ids": [str(cases["fixed_in_2h"])]})
    assert closed.status_code == 422  # not an open case: not a choice
    done = client.post("/fallout/dashboard/reassign", follow_redirects=True, data={
        "bulk-target": "fallout", "bulk-fallout_ids": [str(cases["young"]), str(cases["old"])]})
    assert "Reassigned 2 fallout cases to Felix Fallout (fallout)." in done.get_data(as_text=True)
    for key in ("young", "old"):
        events = api.get(f"/api/v1/fallouts/{cases[key]}", user="fallout").json["events"]
        assert [(e["kind"], e["actor"], e["detail"]) for e in events] == [
            ("reassigned", "falloutmgr", {"to": "fallout"})]
    assert api.get(f"/api/v1/fallouts/{cases['middle']}", user="fallout").json["events"] == []
