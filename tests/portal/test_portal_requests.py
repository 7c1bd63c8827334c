"""Customer requests on an order: a task for the order agents, linked to the order, answered back."""
from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from app.engine.models import ProcessInstance
from app.extensions import db
from app.inbox.models import WorkItem
from app.orders.models import ProductOrder
from tests.workspace.workspace_support import login
from tests.workspace.workspace_support import portal_order


def work_items_of(order_id: int) -> list[WorkItem]:
    return list(db.session.scalars(select(WorkItem).join(ProcessInstance, WorkItem.instance_id == ProcessInstance.id)
                                   .where(ProcessInstance.order_id == order_id,
                                          ProcessInstance.process_id == "customer_request")))


@pytest.mark.parametrize("kind", ["cancellation", "change", "issue"])
def test_a_request_becomes_an_open_task_for_order_agents(app: Flask, alice: FlaskClient, kind: str) -> None:
    order_id = portal_order(app, alice)
    response = alice.post(f"/portal/orders/{order_id}/requests", data={"kind": kind, "text": "Please act on it."})
    assert response.status_code == 302 and response.headers["Location"] == f"/portal/orders/{order_id}"
    with app.app_context():
        [item] = work_items_of(order_id)
        assert (item.status, item.role, item.title) == ("open", "order_agent", "Handle customer request")
        assert item.instance.order_id == order_id
        assert item.task_data["request_kind"] == kind and item.task_data["customer"] == "Acme Ltd"
        order = db.session.get(ProductOrder, order_id)
        event = order.events[-1]
        assert (event.kind, event.actor.username, event.detail["kind"]) == ("customer_request", "alice", kind)
    page = alice.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert "waiting for an answer" in page and "Please act on it." in page


def test_the_agent_sees_it_in_the_inbox_and_the_customer_reads_the_answer(app: Flask, shop: Flask,
                                                                           client: FlaskClient) -> None:
    login(client, "alice")
    order_id = portal_order(app, client)
    client.post(f"/portal/orders/{order_id}/requests", data={"kind": "cancellation", "text": "We are moving."})
    client.post("/logout")
    login(client, "agent")
    inbox = client.get("/").get_data(as_text=True)
    task = re.search(r'<a href="/tasks/(\d+)">Handle customer request</a>', inbox)
    assert task, inbox
    form = client.get(f"/tasks/{task.group(1)}").get_data(as_text=True)
    assert "We are moving." in form and "Acme Ltd" in form
    done = client.post(f"/tasks/{task.group(1)}", data={"resolution": "done",
                                                       "resolution_note": "Cancelled; no fee."})
    assert done.status_code == 302
    client.post("/logout")
    login(client, "alice")
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert "Done as you asked." in page and "Cancelled; no fee." in page


def test_the_agent_sees_the_open_request_on_the_order_page(app: Flask, shop: Flask, client: FlaskClient) -> None:
    login(client, "alice")
    order_id = portal_order(app, client)
    client.post(f"/portal/orders/{order_id}/requests", data={"kind": "change", "text": "Make it 1000 Mbps."})
    client.post("/logout")
    login(client, "agent")
    page = client.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert "Handle customer request</a> for order agent" in page and "Make it 1000 Mbps." in page


def test_an_empty_or_unknown_request_is_refused_next_to_its_field(app: Flask, alice: FlaskClient) -> None:
    order_id = portal_order(app, alice)
    response = alice.post(f"/portal/orders/{order_id}/requests", data={"kind": "refund", "text": " "})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'id="kind-error">Not a valid choice.<' in page
    assert 'id="text-error">' in page
    with app.app_context():
        assert work_items_of(order_id) == []
