"""End to end in Chromium: an order agent cancels an order in flight from its workspace page.

The inventory's release is made to fail (a simulator rule) so that the compensation is seen running:
the order reads "Pending cancellation" until its reservations are released, then "Cancelled", in the
workspace and in the customer's portal alike. An order past its point of no return says why it
cannot be cancelled before anyone tries.
"""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from app.connectors.models import SimulatorRule
from app.database import unit_of_work
from app.extensions import db
from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.test_post_sale import snap_both
from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place

pytestmark = pytest.mark.browser

REASON = "The customer moved offices"


def portal_shows(page: Any, base: str, order_id: int, state: str) -> None:
    page.goto(f"{base}/portal/orders/{order_id}")
    expect(page.locator("#order-state")).to_have_text(state)
    expect(page.locator("#cancel-order")).to_have_count(0)  # nothing left to cancel


def test_an_agent_cancels_an_order_whose_releases_take_a_while(app: Flask, seeded: dict[str, Any],
                                                               live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="inventory/release", error_code="DOWN", message="system down"))
    order_id = place(api, fibre_bundle(seeded, external_id="BROWSER-CANCEL"))
    approve(api, order_id)  # resources reserved, the survey pending
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    page.get_by_label("Reason").fill(REASON)
    page.locator("#cancel-order").click()
    expect(page.locator(".flash")).to_have_text(f"Order {order_id} is being cancelled: its completed work is "
                                                "being undone.")
    expect(page.locator("h1 .state")).to_have_text("Pending cancellation")
    expect(page.locator("#cancel-order")).to_have_count(0)
    snap_both(page, "cancel-being-cancelled")
    logout(page)

    login(page, live_server, "bob")
    portal_shows(page, live_server, order_id, "Pending cancellation")
    expect(page.locator("#history li").last).to_contain_text(f"Cancellation acceptedReason: {REASON}.")
    snap_both(page, "cancel-portal-being-cancelled")

    with app.app_context(), unit_of_work():  # the inventory is back: the fallout agent retries the releases
        db.session.execute(db.delete(SimulatorRule))
    for case in api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json:
        assert api.post(f"/api/v1/fallouts/{case['id']}/retry", user="fallout", json={}).status_code == 200
    portal_shows(page, live_server, order_id, "Cancelled")
    expect(page.locator("#history li").last).to_contain_text("Order cancelled")
    snap_both(page, "cancel-portal-cancelled")
    logout(page)

    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    expect(page.locator("h1 .state")).to_have_text("Cancelled")
    expect(page.locator(".order-actions")).to_have_count(0)


def test_an_order_past_its_point_of_no_return_says_why_it_cannot_be_cancelled(
        app: Flask, seeded: dict[str, Any], live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="BROWSER-NO-RETURN"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})  # services activated
    why = (f"Order {order_id} cannot be cancelled: Access Line (Business Fibre Internet) is past its point of no "
           "return: 'Activate service' is done; ask for a disconnect once it completes.")
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    expect(page.locator("#cannot-cancel")).to_have_text(why)
    expect(page.locator("#cancel-order")).to_have_count(0)
    expect(page.locator("#revise-order")).to_be_visible()  # it can still be changed
    snap_both(page, "cancel-no-return")
    logout(page)
    login(page, live_server, "bob")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    # the customer reads what was done for them and what they can do, not the plan's domain order and step
    expect(page.locator("#cannot-cancel")).to_have_text(
        f"Order {order_id} can no longer be cancelled: some of the work on your Business Fibre Internet is already "
        "done, and that cannot be undone. Once it is delivered, you can ask for a disconnect in My "
        "products. You can ask an order agent below.")
    snap_both(page, "cancel-portal-no-return")
