"""The Instances list and an instance's diagram read only what they show: an instance's data and saved workflow
can be megabytes each, and the list showed five short columns of a hundred of them."""
from __future__ import annotations

import html
import re
from typing import Any

import pytest
from flask import Flask

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import statements

DATA = "process_instances.data"
STATE = "process_instances.state"


@pytest.fixture()
def started(api: Any) -> int:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    for customer in ("ACME", "Globex"):
        answer = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": customer}})
        assert answer.status_code == 201, answer.json
    return int(answer.json["id"])


@pytest.fixture()
def page(client: Any) -> Any:
    client.post("/login", data={"username": "admin", "password": "demo"})
    return client


def reading(seen: list[tuple[str, Any]], column: str) -> list[str]:
    return [s for s, _ in seen if s.upper().startswith("SELECT") and column in s]


def test_the_instances_list_reads_only_the_columns_it_shows(app: Flask, api: Any, page: Any, started: int) -> None:
    with statements(app) as seen:
        listed = page.get("/instances/")
    assert listed.status_code == 200
    assert reading(seen, DATA) == [] and reading(seen, STATE) == []
    assert len([s for s, _ in seen if "FROM process_instances" in s]) == 1  # no query per row for its version
    rows = re.findall(r"<tr><td><a href=\"/instances/(\d+)\">\d+</a></td><td>(.*?)</td>\s*<td>(.*?)</td>"
                      r"<td class=\"status-(\w+)\">", listed.get_data(as_text=True))
    assert rows == [(str(started), "change_request", "1", "waiting"), (str(started - 1), "change_request", "1",
                                                                       "waiting")]


def test_the_diagram_reads_the_saved_workflow_and_not_the_data(app: Flask, api: Any, page: Any,
                                                               started: int) -> None:
    with statements(app) as seen:
        marks = page.get(f"/instances/{started}/marks")
        drawn = api.get(f"/api/v1/instances/{started}/diagram")
    assert marks.status_code == 200 and drawn.status_code == 200
    assert reading(seen, DATA) == []
    assert marks.json["elements"] == drawn.json["elements"]
    assert marks.json["elements"]["enter_details"]["state"] == "active"
    assert marks.json["status"] == "waiting"


def test_the_instance_page_shows_its_data_without_reading_the_saved_workflow(app: Flask, page: Any,
                                                                             started: int) -> None:
    with statements(app) as seen:
        shown = page.get(f"/instances/{started}")
    assert shown.status_code == 200
    assert reading(seen, STATE) == []
    assert '"customer": "Globex"' in html.unescape(shown.get_data(as_text=True))
