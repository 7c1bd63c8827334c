"""An order over ORDER_MAX_ITEMS is refused with a clear error at every door, before its items are priced
(the browser forms used to keep the first 50 lines of a bigger post without a word)."""
from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func
from sqlalchemy import select

from app.errors import TooLarge
from app.extensions import db
from app.orders.capture import ItemRequest
from app.orders.capture import OrderRequest
from app.orders.capture import capture
from app.orders.models import ProductOrder
from tests.workspace.workspace_support import account_id
from tests.workspace.workspace_support import installation
from tests.workspace.workspace_support import line
from tests.workspace.workspace_support import login
from tests.workspace.workspace_support import offering_id
from tests.workspace.workspace_support import seed_shop

LIMIT = 5


@pytest.fixture()
def small_orders(app: Flask) -> Flask:
    seed_shop(app)
    app.config["ORDER_MAX_ITEMS"] = LIMIT
    return app


def installations(app: Flask, count: int) -> dict[str, str]:
    form: dict[str, str] = {}
    for key in range(count):
        form.update(installation(app, key))
    return form


def orders(app: Flask) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(ProductOrder)) or 0


@pytest.mark.parametrize(("user", "path"), [("alice", "/portal/order"), ("agent", "/workspace/orders/new")])
def test_a_browser_order_over_the_limit_is_refused_and_says_so(small_orders: Flask, client: FlaskClient,
                                                               user: str, path: str) -> None:
    login(client, user)
    form = {"action": "place" if user == "alice" else "submit", **installations(small_orders, LIMIT + 3)}
    if user == "agent":
        form["account_id"] = str(account_id(small_orders, "Acme Ltd"))
    response = client.post(path, data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 422, page
    assert f"An order may have at most {LIMIT} items" in page and f"only the first {LIMIT} lines were kept" in page
    assert orders(small_orders) == 0


@pytest.mark.parametrize(("user", "path"), [("alice", "/portal/order"), ("agent", "/workspace/orders/new")])
def test_adding_a_line_past_the_limit_is_refused(small_orders: Flask, client: FlaskClient, user: str,
                                                 path: str) -> None:
    login(client, user)
    form = {"action": "add", "add_offering": str(offering_id(small_orders, "Installation")),
            **installations(small_orders, LIMIT)}
    page = client.post(path, data=form).get_data(as_text=True)
    assert f"An order may have at most {LIMIT} items" in page
    assert f'name="lines-{LIMIT}-offering_id"' not in page


def test_an_order_at_the_limit_is_placed(small_orders: Flask, client: FlaskClient) -> None:
    login(client, "alice")
    response = client.post("/portal/order", data={"action": "place", **installations(small_orders, LIMIT)})
    assert response.status_code == 302, response.get_data(as_text=True)
    assert orders(small_orders) == 1


def test_capture_refuses_too_many_items_for_every_other_door(small_orders: Flask) -> None:
    """Post-sale lines, bulk import rows and TMF622 all reach capture."""
    with small_orders.app_context():
        item = ItemRequest(offering_id(small_orders, "Installation"), "add", 1, {}, [], None)
        request = OrderRequest(account_id=account_id(small_orders, "Acme Ltd"), items=[item] * (LIMIT + 1))
        with pytest.raises(TooLarge) as refused:
            capture(request, actor_id=None, channel="api")
        assert refused.value.errors[0]["field"] == "productOrderItem"


def test_line_form_posts_with_far_too_many_lines_build_only_the_allowed_ones(small_orders: Flask,
                                                                             client: FlaskClient) -> None:
    login(client, "alice")
    form: dict[str, str] = {}
    install = offering_id(small_orders, "Installation")
    for key in range(2_000):
        form.update(line(key, install))
    response = client.post("/portal/order", data={"action": "update", **form})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and page.count('name="lines-') < 40 * LIMIT
