"""Drafts in the workspace: save, resume with the stored values, save again in place, submit."""
from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from app.engine.models import ProcessInstance
from app.extensions import db
from app.orders.models import ProductOrder
from tests.workspace.workspace_support import POSTCODE
from tests.workspace.workspace_support import account_id
from tests.workspace.workspace_support import discount
from tests.workspace.workspace_support import fibre
from tests.workspace.workspace_support import installation


def order_of(app: Flask, order_id: int) -> ProductOrder:
    order = db.session.get(ProductOrder, order_id)
    assert order is not None
    return order


def save(app: Flask, agent: FlaskClient, path: str = "/workspace/orders/new", action: str = "save",
         **changes: str) -> int:
    """Post the entry of an Acme fibre + installation order; return the order id it redirects to."""
    form = {"action": action, "account_id": str(account_id(app, "Acme Ltd")), **fibre(app), **installation(app),
            **discount("lines-0-discount", "percentage", "10", "Loyalty"), **changes}
    response = agent.post(path, data=form)
    assert response.status_code == 302, response.get_data(as_text=True)
    found = re.fullmatch(r"/workspace/orders/(\d+)", response.headers["Location"])
    assert found, response.headers["Location"]
    return int(found.group(1))


def test_a_draft_is_stored_priced_without_starting_a_process(app: Flask, agent: FlaskClient) -> None:
    order_id = save(app, agent)
    with app.app_context():
        order = order_of(app, order_id)
        assert (order.state, order.channel, order.account.name, order.instance_id) == \
            ("draft", "workspace", "Acme Ltd", None)
        assert [item.offering_name for item in order.items] == ["Business Fibre Internet", "Installation"]
        assert order.items[0].characteristics == {"bandwidth": 500, "static_ip": False, "site_postcode": POSTCODE,
                                                  "contract_term": 24}
        assert (str(order.recurring_total), str(order.one_time_total)) == ("143.10", "445.00")
        assert order.items[0].adjustments[0]["reason"] == "Loyalty"
    page = agent.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert "Resume draft" in page and "£143.10 / month" in page and "not started (draft)" in page


def test_resuming_shows_the_stored_values_and_prices(app: Flask, agent: FlaskClient) -> None:
    order_id = save(app, agent)
    page = agent.get(f"/workspace/orders/{order_id}/edit").get_data(as_text=True)
    assert re.search(r'<option selected value="500">|<option value="500" selected', page)
    assert f'value="{POSTCODE}"' in page and 'value="Loyalty"' in page
    assert re.search(rf'<option selected value="{account_id(app, "Acme Ltd")}">', page)
    assert 'id="total-recurring" data-label="Monthly">£143.10 / month<' in page


def test_saving_a_resumed_draft_changes_it_in_place(app: Flask, agent: FlaskClient) -> None:
    order_id = save(app, agent)
    again = save(app, agent, path=f"/workspace/orders/{order_id}/edit", **{"lines-0-chars.bandwidth": "1000"},
                 **discount("lines-0-discount", "", "", ""))
    assert again == order_id
    with app.app_context():
        order = order_of(app, order_id)
        assert order.state == "draft"
        assert order.items[0].characteristics["bandwidth"] == 1000 and order.items[0].adjustments == []
        assert str(order.recurring_total) == "295.00"  # 1000 Mbps on 24 months
        assert [e.kind for e in order.events] == ["captured", "draft_saved"]
        assert db.session.scalar(select(db.func.count(ProductOrder.id))) == 1


def test_submitting_a_draft_acknowledges_it_and_starts_its_process(app: Flask, agent: FlaskClient) -> None:
    order_id = save(app, agent)
    assert save(app, agent, path=f"/workspace/orders/{order_id}/edit", action="submit") == order_id
    with app.app_context():
        order = order_of(app, order_id)
        assert order.state == "acknowledged" and order.submitted_at is not None
        instance = db.session.get(ProcessInstance, order.instance_id)
        assert instance is not None and instance.process_id == "customer_order" and instance.order_id == order_id
        assert [e.kind for e in order.events][:4] == ["captured", "draft_saved", "acknowledged", "process_started"]
    page = agent.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert f'href="/instances/{order.instance_id}"' in page and "Resume draft" not in page
    assert agent.get(f"/workspace/orders/{order_id}/edit").status_code == 409


def test_a_new_order_can_be_submitted_directly(app: Flask, agent: FlaskClient) -> None:
    order_id = save(app, agent, action="submit")
    with app.app_context():
        order = order_of(app, order_id)
        assert order.state == "acknowledged" and order.instance_id is not None


def test_an_invalid_save_stores_nothing_and_says_why(app: Flask, agent: FlaskClient) -> None:
    form = {"action": "save", "account_id": str(account_id(app, "Acme Ltd")), **fibre(app, postcode="")}
    response = agent.post("/workspace/orders/new", data=form)
    assert response.status_code == 422
    assert 'id="lines-0-chars.site_postcode-error">This field is required.<' in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(db.func.count(ProductOrder.id))) == 0
