"""The workspace's order list (filters, newest first), the order page, and who may enter."""
from __future__ import annotations

import base64
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.database import unit_of_work
from app.extensions import db
from app.orders.capture import ItemRequest
from app.orders.capture import OrderRequest
from app.orders.capture import capture
from app.orders.models import ProductOrder
from tests.workspace.workspace_support import POSTCODE
from tests.workspace.workspace_support import account_id
from tests.workspace.workspace_support import login
from tests.workspace.workspace_support import offering_id


def place(app: Flask, customer: str, channel: str, *, submit: bool = True) -> int:
    """Capture an order of one fibre line for ``customer`` through ``channel``; return its id."""
    fibre = ItemRequest(offering_id=offering_id(app, "Business Fibre Internet"),
                        characteristics={"bandwidth": 100, "site_postcode": POSTCODE})
    with app.app_context(), unit_of_work():
        order, _ = capture(OrderRequest(account_id=account_id(app, customer), items=[fibre]), actor_id=None,
                           channel=channel, submit=submit)
        return order.id


def listed(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'<tr data-order="(\d+)">', page)]


def test_the_list_shows_every_order_newest_first_and_filters(app: Flask, agent: FlaskClient) -> None:
    draft = place(app, "Acme Ltd", "workspace", submit=False)
    portal = place(app, "Acme Ltd", "portal")
    api = place(app, "Bravo plc", "api")
    assert listed(agent.get("/workspace/").get_data(as_text=True)) == [api, portal, draft]
    assert listed(agent.get("/workspace/?channel=portal").get_data(as_text=True)) == [portal]
    assert listed(agent.get("/workspace/?state=draft").get_data(as_text=True)) == [draft]
    bravo = account_id(app, "Bravo plc")
    assert listed(agent.get(f"/workspace/?customer={bravo}").get_data(as_text=True)) == [api]
    page = agent.get("/workspace/?state=acknowledged&channel=api").get_data(as_text=True)
    assert listed(page) == [api] and f'href="/workspace/orders/{api}"' in page


def test_the_order_page_shows_lines_prices_process_and_timeline(app: Flask, agent: FlaskClient) -> None:
    order_id = place(app, "Bravo plc", "api")
    page = agent.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert "Bravo plc" in page and 'class="state state-acknowledged"' in page
    assert '<tr data-item="Business Fibre Internet">' in page
    assert "<dd>100 Mbps</dd>" in page and f"<dd>{POSTCODE}</dd>" in page  # characteristics, with units
    assert "<dt>Static IP address</dt><dd>no</dd>" in page and "<dt>Contract term</dt><dd>24 months</dd>" in page
    assert "£79.50" in page and "£250.00" in page  # 100 Mbps, 24 months (the default term)
    assert 'id="order-recurring-total">£79.50 / month<' in page
    with app.app_context():
        instance_id = db.session.get(ProductOrder, order_id).instance_id
    assert f'href="/instances/{instance_id}"' in page
    assert re.findall(r"<strong>([a-z ]+)</strong>", page)[:3] == ["captured", "acknowledged", "process started"]


def test_the_order_page_shows_what_the_integrator_said_of_the_order(app: Flask, agent: FlaskClient) -> None:
    """A TMF622 order's description, priority, requested start and notes are on its page (and escaped)."""
    fibre = {"action": "add", "quantity": 1,
             "productOffering": {"id": str(offering_id(app, "Business Fibre Internet"))},
             "product": {"productCharacteristic": [{"name": "bandwidth", "value": 100},
                                                   {"name": "site_postcode", "value": POSTCODE}]}}
    placed = agent.post("/tmf-api/productOrderingManagement/v4/productOrder", json={
        "description": "Head office <move> to floor 3", "priority": "1", "requestedStartDate": "2027-01-04T09:00:00Z",
        "relatedParty": [{"id": str(account_id(app, "Bravo plc")), "role": "Customer"}], "productOrderItem": [fibre],
        "note": [{"text": "Call the site manager first", "author": "Dana", "date": "2026-12-01T10:00:00Z"},
                 {"text": "Out of hours access only"}]},
        headers={"Authorization": "Basic " + base64.b64encode(b"agent:demo").decode()})
    assert placed.status_code == 201, placed.json
    page = agent.get(f"/workspace/orders/{placed.json['id']}").get_data(as_text=True)
    assert '<dd id="order-description">Head office &lt;move&gt; to floor 3</dd>' in page
    assert "<dt>Priority</dt><dd>1</dd>" in page and "<dt>Requested start</dt><dd>2027-01-04 09:00 UTC</dd>" in page
    notes = re.findall(r'<dd class="order-note">(.*?)</dd>', page, re.S)
    assert [" ".join(re.sub(r"<[^>]+>", "", n).split()) for n in notes] == [
        "Call the site manager first — Dana, 2026-12-01T10:00:00Z", "Out of hours access only"]


@pytest.mark.parametrize("path", ["/workspace/", "/workspace/orders/new", "/workspace/orders/1",
                                  "/workspace/orders/1/edit"])
def test_customers_and_other_roles_may_not_enter(shop: Flask, client: FlaskClient, path: str) -> None:
    for username in ("alice", "fulfiller"):
        login(client, username)
        assert client.get(path).status_code == 403, (username, path)
        assert client.post("/workspace/orders/preview", data={}).status_code == 403
        client.post("/logout")
    assert client.get(path).status_code == 302  # anonymous: to the login page


def test_order_managers_work_here_too(app: Flask, shop: Flask, client: FlaskClient) -> None:
    login(client, "omanager")
    assert client.get("/workspace/").status_code == 200
    page = client.get("/").get_data(as_text=True)
    assert 'href="/workspace/">Workspace</a>' in page


def test_the_order_page_offers_only_what_the_reader_may_open(app: Flask, agent: FlaskClient) -> None:
    """Approvers, managers and fallout people follow an order on its page, but only the order desk changes it
    and a task is linked only for those who may open it (no link that answers 403)."""
    order_id = place(app, "Bravo plc", "api")  # waits at its approval, a task for order approvers
    page = agent.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert 'id="revise-order"' in page and 'id="cancel-order"' in page and 'href="/workspace/"' in page
    task_link = re.search(r'<a href="(/tasks/\d+)">Approve order</a>', page)
    assert task_link is None  # the agent is no approver
    assert "Approve order" in page
    for user in ("approver", "falloutmgr", "fallout", "fmanager", "admin"):
        client = app.test_client()
        login(client, user)
        page = client.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
        assert 'id="revise-order"' not in page and 'id="cancel-order"' not in page, user
        assert 'href="/workspace/"' not in page, user  # the order list is the order desk's
        for href in re.findall(r'href="(/[^"]+)"', page):
            if href.startswith(("/static/", "/tasks/", "/workspace/", "/instances/", "/fallout/", "/portal/")):
                assert client.get(href).status_code in (200, 302), (user, href)
    approver = app.test_client()
    login(approver, "approver")
    page = approver.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    href = re.search(r'<a href="(/tasks/\d+)">Approve order</a>', page)
    assert href is not None and approver.get(href.group(1)).status_code == 200


@pytest.mark.parametrize("query", ["offset=1000000000000000000000000000000", "offset=-1", "offset=abc",
                                   "customer=1000000000000000000000000000000", "customer=abc", "customer=0"])
def test_list_parameters_out_of_range_are_refused_naming_the_field(agent: FlaskClient, query: str) -> None:
    """An offset or customer no id column holds was a 500 (SQLite overflow); now a 422 page naming it."""
    response = agent.get(f"/workspace/?{query}")
    assert response.status_code == 422
    assert query.split("=")[0] in response.get_data(as_text=True)


def test_any_customer_and_the_largest_offset_still_list(agent: FlaskClient) -> None:
    assert agent.get("/workspace/?customer=&state=&channel=").status_code == 200
    assert agent.get(f"/workspace/?offset={2**31 - 1}").status_code == 200
