"""Customer requests on an order: a task for the order agents, linked to the order, answered back."""
from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse as Response

from app.auth.models import User
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


def _answer_request(client: FlaskClient, order_id: int, kind: str, text: str, data: dict[str, str]) -> Response:
    """alice asks; the agent opens the task from the inbox, follows its link to the order and answers."""
    client.post(f"/portal/orders/{order_id}/requests", data={"kind": kind, "text": text})
    client.post("/logout")
    login(client, "agent")
    inbox = client.get("/").get_data(as_text=True)
    task = re.search(r'<a href="/tasks/(\d+)">Handle customer request</a>', inbox)
    assert task, inbox
    form = client.get(f"/tasks/{task.group(1)}").get_data(as_text=True)
    assert text in form and "Acme Ltd" in form
    assert f'href="/workspace/orders/{order_id}">order #{order_id}</a>' in form  # the task links to the order
    answer = client.post(f"/tasks/{task.group(1)}", data=data)
    client.post("/logout")
    login(client, "alice")
    return answer


def test_the_agent_cancels_and_the_customer_sees_the_order_cancelled(app: Flask, shop: Flask,
                                                                    client: FlaskClient) -> None:
    login(client, "alice")
    order_id = portal_order(app, client)
    answer = _answer_request(client, order_id, "cancellation", "We are moving.",
                             {"resolution": "cancel_order", "resolution_note": "No fee."})
    assert answer.status_code == 302
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert "Your order was cancelled." in page and "No fee." in page
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state == "cancelled"


def test_the_cancellation_is_recorded_for_the_customers_request_not_for_the_agents_note(
        app: Flask, shop: Flask, client: FlaskClient) -> None:
    """The agent's note is the answer to the customer; why the order was cancelled is that the customer asked."""
    from tests.helpers import Api
    login(client, "alice")
    order_id = portal_order(app, client)
    _answer_request(client, order_id, "cancellation", "We are moving.",
                    {"resolution": "cancel_order", "resolution_note": "No fee."})
    tmf = Api(app.test_client()).get(f"/tmf-api/productOrderingManagement/v4/productOrder/{order_id}", user="alice")
    assert tmf.json["state"] == "cancelled"
    assert tmf.json["cancellationReason"] == "at the customer's request"
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    history = page.split('id="history"')[1].split("</ol>")[0]
    assert "Reason: at the customer&#39;s request." in history and "No fee." not in history
    assert "Your order was cancelled." in page and "No fee." in page  # the note still answers the request


def test_an_accepted_cancellation_still_releasing_reservations_is_not_told_as_done(app: Flask, shop: Flask,
                                                                                  client: FlaskClient) -> None:
    """The reservations' release fails: the order stays pendingCancellation, and the customer reads that it is
    being cancelled (not that it was) until the release is dealt with and the order is cancelled."""
    from app.connectors.models import SimulatorRule
    from app.database import unit_of_work
    from tests.helpers import Api
    from tests.orchestration.flow import approve
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="inventory/release", error_code="DOWN", message="system down"))
    login(client, "alice")
    order_id = portal_order(app, client)
    api = Api(app.test_client())
    approve(api, order_id)  # resources reserved; their release will fail
    _answer_request(client, order_id, "cancellation", "We are moving.",
                    {"resolution": "cancel_order", "resolution_note": "No fee."})
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state == "pendingCancellation"
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert "Your order is being cancelled." in page and "No fee." in page
    assert "Your order was cancelled" not in page
    for case in api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json:
        skipped = api.post(f"/api/v1/fallouts/{case['id']}/skip", user="fallout",
                           json={"reason": "released by hand", "data": {}})
        assert skipped.status_code == 200, skipped.json
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state == "cancelled"
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert "Your order was cancelled." in page and "being cancelled" not in page


def test_an_order_cancelled_while_the_request_waited_is_told_as_cancelled(app: Flask, shop: Flask,
                                                                          client: FlaskClient) -> None:
    """Another agent cancelled the order (over TMF622, at the same moment or before) while the customer's request
    waited: the request's own cancellation found the order cancelled, and the customer read that it could not be."""
    from tests.helpers import Api
    from tests.orchestration.test_order_cancellation import cancel
    login(client, "alice")
    order_id = portal_order(app, client)
    client.post(f"/portal/orders/{order_id}/requests", data={"kind": "cancellation", "text": "We are moving."})
    assert cancel(Api(app.test_client()), order_id).status_code == 201
    [task] = [t for t in Api(app.test_client()).get("/api/v1/tasks", user="agent").json if t["order_id"] == order_id]
    answered = Api(app.test_client()).post(f"/api/v1/tasks/{task['id']}/complete", user="agent", json={
        "data": {"resolution": "cancel_order", "resolution_note": "No fee."}})
    assert answered.status_code == 200, answered.json
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert "Your order was cancelled." in page and "We could not cancel" not in page


def test_the_agent_declines_and_the_customer_reads_why(app: Flask, shop: Flask, client: FlaskClient) -> None:
    login(client, "alice")
    order_id = portal_order(app, client)
    _answer_request(client, order_id, "cancellation", "We are moving.",
                    {"resolution": "declined", "resolution_note": "The contract has a 12-month minimum term."})
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert "Declined." in page and "12-month minimum term" in page and "cancelled" not in page.lower()
    history = page.split('id="history"')[1].split("</ol>")[0]
    assert "Your cancellation request was declined" in history and "12-month minimum term" in history
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state == "acknowledged"
    from tests.helpers import Api
    [refused] = [e for e in Api(app.test_client()).get(f"/api/v1/orders/{order_id}", user="agent").json["events"]
                 if e["kind"] == "cancellation_refused"]
    assert refused["actor"] == "agent"
    assert refused["message"] == "declined by the order agent: The contract has a 12-month minimum term."


def test_the_agent_declines_an_issue_and_no_cancellation_is_refused(app: Flask, shop: Flask,
                                                                   client: FlaskClient) -> None:
    from tests.helpers import Api
    login(client, "alice")
    order_id = portal_order(app, client)
    _answer_request(client, order_id, "issue", "The router is noisy.",
                    {"resolution": "declined", "resolution_note": "That is the model's normal fan."})
    events = Api(app.test_client()).get(f"/api/v1/orders/{order_id}", user="agent").json["events"]
    assert "cancellation_refused" not in [e["kind"] for e in events]


def test_an_agent_settled_cancellation_names_the_agent_on_its_moves(app: Flask, shop: Flask,
                                                                   client: FlaskClient) -> None:
    """The agent's answer cancels the order: its moves are the agent's doing (as is the task before them), and
    the cancellation was asked for by the customer."""
    from app.orchestration.cancellation import latest_cancellation
    from tests.helpers import Api
    login(client, "alice")
    order_id = portal_order(app, client)
    _answer_request(client, order_id, "cancellation", "We are moving.",
                    {"resolution": "cancel_order", "resolution_note": "No fee."})
    events = Api(app.test_client()).get(f"/api/v1/orders/{order_id}", user="agent").json["events"]
    done = events.index(next(e for e in events if e["kind"] == "task_completed"))
    moves = [(e["detail"]["to"], e["actor"]) for e in events[done:] if e["kind"] == "state_changed"]
    assert events[done]["actor"] == "agent"
    assert moves == [("assessingCancellation", "agent"), ("pendingCancellation", "agent"), ("cancelled", "agent")]
    with app.app_context():
        cancellation = latest_cancellation(order_id)
        assert cancellation is not None and cancellation.requested_by_id is not None
        assert db.session.get(User, cancellation.requested_by_id).username == "alice"


def test_a_customers_cancellation_refused_in_the_portal_is_in_their_history(app: Flask, shop: Flask,
                                                                           client: FlaskClient) -> None:
    from tests.helpers import Api
    from tests.orchestration.flow import approve
    from tests.orchestration.flow import complete
    login(client, "alice")
    order_id = portal_order(app, client)
    api = Api(app.test_client())
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})  # services get activated
    assert client.post(f"/portal/orders/{order_id}/cancel", data={"confirmed": "yes"}).status_code == 302
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    history = page.split('id="history"')[1].split("</ol>")[0]
    assert "We could not cancel your order" in history and "some of the work on your" in history
    assert "point of no return" not in history
    [refused] = [e for e in api.get(f"/api/v1/orders/{order_id}", user="agent").json["events"]
                 if e["kind"] == "cancellation_refused"]
    assert refused["actor"] == "alice" and refused["detail"]["reason"] == "cancelled by the customer"


def test_a_cancellation_past_the_point_of_no_return_comes_back_to_the_agent_before_the_customer_is_answered(
        app: Flask, shop: Flask, client: FlaskClient) -> None:
    from tests.helpers import Api
    from tests.orchestration.flow import approve
    from tests.orchestration.flow import complete
    login(client, "alice")
    order_id = portal_order(app, client)
    api = Api(app.test_client())
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})  # services get activated
    _answer_request(client, order_id, "cancellation", "We are moving.",
                    {"resolution": "cancel_order", "resolution_note": "We have cancelled your order as asked."})
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    requests = page[page.index('id="requests"'):]
    assert "waiting for an answer" in requests and "as asked" not in page  # the agent's note was not sent
    assert "point of no return" not in page and "Activate service" not in page  # the plan's wording is for staff
    history = page.split('id="history"')[1].split("</ol>")[0]
    assert "We could not cancel your order" in history and "some of the work on your" in history
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state != "cancelled"
        back = [i for i in work_items_of(order_id) if i.status == "open"]
        assert [i.title for i in back] == ["Handle customer request"]
        assert "The cancellation you chose was refused" in back[0].instructions
        assert "some of the work on your Business Fibre Internet is already done" in back[0].instructions
    [refused] = [e for e in api.get(f"/api/v1/orders/{order_id}", user="agent").json["events"]
                 if e["kind"] == "cancellation_refused"]
    assert refused["actor"] == "agent" and "point of no return" in refused["message"]  # the agent's attempt, refused
    assert refused["detail"]["reason"] == "at the customer's request"
    client.post("/logout")
    login(client, "agent")
    task = client.get(f"/tasks/{back[0].id}").get_data(as_text=True)
    assert "The cancellation you chose was refused" in task and "Your note has not been sent" in task
    client.post(f"/tasks/{back[0].id}", data={"resolution": "answered", "resolution_note": "It is live already; "
                                              "disconnect it in My products once it is delivered."})
    client.post("/logout")
    login(client, "alice")
    requests = client.get(f"/portal/orders/{order_id}").get_data(as_text=True).split('id="requests"')[1]
    assert "<strong>Answered.</strong>" in requests and "disconnect it in My products" in requests
    assert "waiting for an answer" not in requests and "as asked" not in requests


def test_a_refusal_answered_by_an_earlier_version_reads_as_one_sentence(app: Flask, alice: FlaskClient) -> None:
    order_id = portal_order(app, alice)
    alice.post(f"/portal/orders/{order_id}/requests", data={"kind": "cancellation", "text": "We are moving."})
    with app.app_context():  # answered as the request process did before a refusal came back to the agent
        instance = work_items_of(order_id)[0].instance
        instance.status = "completed"
        instance.data = {**instance.data, "resolution_note": "Sorry.", "settlement": {
            "outcome": "cancellation_refused", "message": "Some of the work is already done."}}
        db.session.commit()
    requests = alice.get(f"/portal/orders/{order_id}").get_data(as_text=True).split('id="requests"')[1]
    assert '<span class="request-reason">Some of the work is already done.</span> Sorry.' in requests


def test_done_without_an_action_is_no_longer_an_answer(app: Flask, shop: Flask, client: FlaskClient) -> None:
    login(client, "alice")
    order_id = portal_order(app, client)
    answer = _answer_request(client, order_id, "cancellation", "We are moving.",
                             {"resolution": "done", "resolution_note": "Cancelled; no fee."})
    assert "&#39;done&#39; is not one of the options." in answer.get_data(as_text=True)  # shown again, with the error
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state == "acknowledged"
        assert [item.status for item in work_items_of(order_id)] == ["open"]


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


def test_a_customer_cancels_their_own_order_in_the_portal(app: Flask, shop: Flask, client: FlaskClient) -> None:
    login(client, "alice")
    order_id = portal_order(app, client)
    asked = client.post(f"/portal/orders/{order_id}/cancel")  # the button: a question first, nothing cancelled
    page = asked.get_data(as_text=True)
    assert asked.status_code == 200 and f"<h1>Cancel order {order_id}?</h1>" in page
    assert "This cannot be undone" in page and 'name="confirmed" value="yes"' in page
    assert f'id="confirm-no" href="/portal/orders/{order_id}">Keep the order</a>' in page
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state != "cancelled"
    response = client.post(f"/portal/orders/{order_id}/cancel", data={"confirmed": "yes"})
    assert response.status_code == 302
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert "Your order is cancelled." in page and 'id="cancel-order"' not in page
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state == "cancelled"
    client.post("/logout")
    login(client, "bob")
    assert client.post(f"/portal/orders/{order_id}/cancel").status_code == 404  # not bob's order


def test_a_cancelled_order_takes_no_change_or_cancellation_request(app: Flask, alice: FlaskClient) -> None:
    order_id = portal_order(app, alice)
    page = alice.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert 'value="cancellation"' in page and 'value="change"' in page  # open: all three
    alice.post(f"/portal/orders/{order_id}/cancel", data={"confirmed": "yes"})
    with app.app_context():
        assert db.session.get(ProductOrder, order_id).state == "cancelled"
    page = alice.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert 'value="issue"' in page and 'value="cancellation"' not in page and 'value="change"' not in page
    refused = alice.post(f"/portal/orders/{order_id}/requests", data={"kind": "cancellation", "text": "Cancel it."})
    assert refused.status_code == 422
    assert f"order {order_id} is cancelled: it takes no cancellation request" in refused.get_data(as_text=True)
    with app.app_context():
        assert work_items_of(order_id) == []
