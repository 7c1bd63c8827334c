"""The workspace's order import page: upload what ``ordra orders import`` reads, follow the batch row by row;
a bad file is told as such (422, nothing queued), never a 500."""
from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.orders.test_bulk_import import write_jsonl
from tests.workspace.workspace_support import login


def upload(client: FlaskClient, name: str, data: bytes) -> Any:
    return client.post("/workspace/imports/", data={"file": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def test_an_agent_imports_a_file_and_reads_each_rows_result(app: Flask, client: FlaskClient,
                                                            seeded: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "orders.jsonl"
    bad = write_jsonl(path, seeded, count=30)  # lines 20 (a bandwidth the catalog lacks) and 30 (ditto)
    login(client, "agent")
    assert 'href="/workspace/imports/"' in client.get("/workspace/").get_data(as_text=True)  # nav and the desk
    response = upload(client, "orders.jsonl", path.read_bytes())
    assert response.status_code == 302
    batch = re.search(r"/workspace/imports/(\d+)$", response.headers["Location"]).group(1)  # type: ignore[union-attr]
    page = lxml.html.fromstring(client.get(f"/workspace/imports/{batch}").get_data(as_text=True))
    assert " ".join(page.get_element_by_id("import-progress").text_content().split()).startswith(
        "30 of 30 orders handled, finished")
    assert " ".join(page.get_element_by_id("import-result").text_content().split()) == (
        f"{30 - len(bad)} created, 0 already present (imported before), {len(bad)} failed")
    failed = page.xpath("//tr[@data-status='failed']")
    assert {int(row.get("data-line")) for row in failed} == bad
    assert "bandwidth" in failed[0].text_content()
    created = page.xpath("//tr[@data-line='1']")[0]
    assert "IMP-1" in created.text_content() and created.xpath(".//a")[0].get("href").startswith("/workspace/orders/")

    again = upload(client, "orders.jsonl", path.read_bytes())
    shown = client.get(again.headers["Location"]).get_data(as_text=True)
    assert f"0 created, {30 - len(bad)} already present" in " ".join(shown.split())
    listing = client.get("/workspace/imports/").get_data(as_text=True)
    assert f'href="/workspace/imports/{batch}"' in listing and "orders.jsonl" in listing


@pytest.mark.parametrize(("name", "data", "message"), [
    ("orders.json", b"{not json", "orders.json: not valid JSON"),
    ("orders.json", b'{"externalId": "X"}', "orders.json: a .json import file must hold an array of orders"),
    ("orders.json", b"[" * 100_000, "orders.json: not valid JSON"),  # deeper than the parser goes
    ("orders.txt", b"[]", "orders.txt: unsupported file type; use .json, .jsonl or .csv"),
    ("orders.csv", b"externalId,customer\nX,1\n", "orders.csv: the CSV header lacks: requestedCompletionDate"),
    ("orders.csv", b"externalId,customer,requestedCompletionDate,action,productOffering,quantity\n" + b"x" * 200_000,
     "orders.csv: not a readable CSV file: field larger than field limit"),
    ("orders.csv", "é".encode("latin-1"), "orders.csv: not UTF-8 text"),
    ("orders.jsonl", b"\n\n", "orders.jsonl: there are no orders in the file"),
    ("", b"", "choose a .json, .jsonl or .csv file of orders"),
])
def test_a_bad_file_is_refused_with_its_reason_and_nothing_is_queued(
        app: Flask, client: FlaskClient, seeded: dict[str, Any], name: str, data: bytes, message: str) -> None:
    login(client, "agent")
    response = upload(client, name, data)
    assert response.status_code == 422
    shown = lxml.html.fromstring(response.get_data(as_text=True)).get_element_by_id("import-error").text_content()
    assert shown.startswith(f"Nothing was imported: {message}")
    assert "No orders were imported yet." in response.get_data(as_text=True)


def test_only_the_staff_who_may_place_orders_see_the_page(app: Flask, seeded: dict[str, Any]) -> None:
    for username, allowed in (("agent", True), ("admin", True), ("approver", False), ("alice", False)):
        client = app.test_client()
        login(client, username)
        assert (client.get("/workspace/imports/").status_code == 200) is allowed, username
        home = client.get("/inbox/" if username != "alice" else "/portal/").get_data(as_text=True)
        assert ('href="/workspace/imports/"' in home) is allowed, username


def test_a_batch_still_running_says_so_and_refreshes_itself(app: Flask, client: FlaskClient,
                                                            seeded: dict[str, Any]) -> None:
    """Rows no job has captured yet (workers busy): the page counts them as waiting and polls until it is done."""
    from app.database import unit_of_work
    from app.extensions import db
    from app.orders.models import ImportBatch
    from app.orders.models import ImportRow

    with app.app_context(), unit_of_work():
        batch = ImportBatch(filename="later.jsonl")
        db.session.add(batch)
        db.session.flush()
        db.session.add_all([ImportRow(batch_id=batch.id, line=n, payload={"externalId": f"L-{n}"}) for n in (1, 2)])
        batch_id = batch.id
    login(client, "omanager")
    page = lxml.html.fromstring(client.get(f"/workspace/imports/{batch_id}").get_data(as_text=True))
    assert " ".join(page.get_element_by_id("import-progress").text_content().split()) == (
        "0 of 2 orders handled; the rest are being imported")
    assert page.get_element_by_id("import-batch").get("hx-trigger") == "every 2s"
    assert [row.xpath("string(td[3])").strip() for row in page.xpath("//tr[@data-line]")] == ["Waiting", "Waiting"]


@pytest.mark.parametrize(("name", "data", "line", "message"), [
    ("orders.json", b'[{"externalId": "A"}, {"externalId": "\\ud800"}]', 2,
     "externalId: must be valid Unicode text (no lone surrogate halves"),
    ("orders.jsonl", b'{"externalId": "A"}\n{"description": "x\\udfffy"}\n', 2,
     "description: must be valid Unicode text (no lone surrogate halves"),
    ("orders.json", b'[{"externalId": "a\\u0000b"}]', 1, "externalId: must not contain control characters"),
])
def test_an_order_holding_what_no_request_may_is_a_failed_row(
        app: Flask, client: FlaskClient, seeded: dict[str, Any], name: str, data: bytes, line: int,
        message: str) -> None:
    """A lone surrogate in an imported text made the batch's page a 500 (it cannot be written as UTF-8)."""
    login(client, "agent")
    response = upload(client, name, data)
    assert response.status_code == 302
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    failed = lxml.html.fromstring(page.get_data(as_text=True)).xpath(f"//tr[@data-line='{line}']")[0]
    assert failed.get("data-status") == "failed" and message in failed.text_content(), failed.text_content()


def test_a_file_name_with_a_control_character_is_shown_with_a_question_mark(
        app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    """PostgreSQL refused the NUL in ``a\\x00b.json`` as the batch's name: a 500."""
    login(client, "agent")
    response = upload(client, "a\x00b.json", b'[{"externalId": "A"}]')
    assert response.status_code == 302
    assert "a?b.json" in client.get(response.headers["Location"]).get_data(as_text=True)
