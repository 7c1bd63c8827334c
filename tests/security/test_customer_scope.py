"""What a customer reaches of their own orders over the APIs: the TMF representations, never the staff's view."""
from __future__ import annotations

from typing import Any

from flask import Flask

from app.database import unit_of_work
from tests.helpers import Api
from tests.orchestration.flow import ORDERS
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orders.conftest import seeded  # noqa: F401  (the shipped models, the demo catalog and accounts)


def test_the_order_360_is_the_staffs_view_not_the_customers(api: Api, seeded: dict[str, Any]) -> None:  # noqa: F811
    """The order 360 carries the order's tasks and their assignees, fallout cases with the connectors' errors and
    the internal history with staff usernames: what the portal keeps from customers ("no internal steps, no
    staff names"). A customer reads their own order as TMF622 instead."""
    placed = api.post(ORDERS, user="alice", json=fibre_bundle(seeded, external_id="OWN-1", account="Acme Ltd"))
    order_id = placed.json["id"]
    approve(api, int(order_id))
    refused = api.get(f"/api/v1/orders/{order_id}", user="alice")
    assert refused.status_code == 403 and "events" not in refused.json
    assert api.get(f"{ORDERS}/{order_id}", user="alice").status_code == 200
    assert api.get(f"/api/v1/orders/{order_id}", user="agent").status_code == 200


def test_a_customer_cannot_give_their_own_order_a_discount(api: Api, seeded: dict[str, Any]) -> None:  # noqa: F811
    """Discounts are the order desk's to give (the portal has no field for them): a customer's TMF622 order
    with ``adjustments`` is refused, naming the field, and nothing is stored."""
    body = fibre_bundle(seeded, external_id="DISCOUNT-1", account="Acme Ltd")
    body["productOrderItem"][0]["adjustments"] = [{"kind": "percentage", "value": 9, "reason": "loyal customer"}]
    refused = api.post(ORDERS, user="alice", json=body)
    assert refused.status_code == 400, refused.json
    assert refused.json["errors"][0]["field"] == "productOrderItem[0].adjustments"
    assert api.get(ORDERS, user="alice").json == []
    placed = api.post(ORDERS, user="agent", json=body)  # the same order, taken by an agent
    assert placed.status_code == 201, placed.json


def test_a_draft_the_desk_keeps_for_a_customer_is_not_theirs_to_see_yet(app: Flask, api: Api,
                                                                        seeded: dict[str, Any]) -> None:  # noqa: F811
    """A workspace draft is the order desk's work in progress (its prices and discounts not yet agreed): the
    portal does not show it, and neither does TMF622, by id or in a list, until it is submitted."""
    from app.auth.service import find_user
    from app.orders import drafts
    from app.orders.capture import ItemRequest
    from app.orders.capture import OrderRequest
    with app.app_context(), unit_of_work():
        agent = find_user("agent")
        assert agent is not None
        request = OrderRequest(account_id=seeded["accounts"]["Acme Ltd"], items=[
            ItemRequest(offering_id=seeded["offerings"]["Static IP Block"])])
        draft_id = drafts.save_draft(request, user=agent).id
    assert api.get(f"{ORDERS}/{draft_id}", user="agent").json["state"] == "draft"
    assert api.get(f"{ORDERS}/{draft_id}", user="alice").status_code == 404
    assert api.get(ORDERS, user="alice").json == []
    assert api.get(f"{ORDERS}?state=draft", user="alice").json == []


def test_the_portal_acts_on_the_logins_own_account_also_for_staff(app: Flask, api: Api,
                                                                   seeded: dict[str, Any]) -> None:  # noqa: F811
    """A login that is a customer of Acme and a fulfilment agent as well: staff see every order, but the portal
    acts for its customer, on Acme's orders and products only (a fulfilment agent may not cancel orders or
    change products at all)."""
    from app.auth.service import create_user
    from app.orders.service import get_account
    from tests.orchestration.flow import run_to_completion
    from tests.workspace.workspace_support import login
    with app.app_context(), unit_of_work():
        acme = get_account(seeded["accounts"]["Acme Ltd"])
        acme.portal_users.append(create_user("dual", "demo", ["customer", "fulfillment_agent"], min_password=1))
    bravo = int(api.post(ORDERS, user="bob", json=fibre_bundle(seeded, "BRAVO-1", account="Bravo plc")).json["id"])
    run_to_completion(api, bravo)
    [bravo_product, *_] = api.get("/tmf-api/productInventory/v4/product", user="bob").json
    browser = app.test_client()
    login(browser, "dual")
    assert f'data-order="{bravo}"' not in browser.get("/portal/orders").get_data(as_text=True)
    assert browser.get(f"/portal/orders/{bravo}").status_code == 404
    assert browser.post(f"/portal/orders/{bravo}/cancel").status_code == 404
    assert browser.post(f"/portal/orders/{bravo}/requests", data={"kind": "issue", "text": "x"}).status_code == 404
    assert browser.post(f"/portal/products/{bravo_product['id']}", data={"action": "suspend"}).status_code == 404
    assert api.get(f"{ORDERS}/{bravo}", user="bob").json["state"] == "completed"
