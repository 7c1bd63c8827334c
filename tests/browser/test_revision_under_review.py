"""End to end in Chromium, as the QA engineer found it: an order waiting for its approval is revised; the Revise page
says the approval is taken again, the order page states the revised discount and both price changes, and the
approver's task shows the order as revised."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.helpers import Api
from tests.orchestration.flow import task
from tests.workspace.workspace_support import POSTCODE

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/revfix-shots")


def _router_order(app: Flask, seeded: dict[str, Any]) -> int:
    """Bravo plc: Business Fibre Internet 100 Mbps + Managed Router, 10% off the order (£85.05 a month), submitted
    by the agent (the browser tests' app checks CSRF, so it is captured here rather than posted)."""
    from app.auth.models import User
    from app.database import unit_of_work
    from app.extensions import db
    from app.orders.capture import ItemRequest
    from app.orders.capture import OrderRequest
    from app.orders.capture import capture

    offerings = seeded["offerings"]
    request = OrderRequest(account_id=seeded["accounts"]["Bravo plc"], items=[
        ItemRequest(offerings["Business Fibre Internet"], characteristics={
            "bandwidth": 100, "site_postcode": POSTCODE, "contract_term": 24}),
        ItemRequest(offerings["Managed Router"])],
        adjustments=[{"kind": "percentage", "value": "10", "reason": "loyalty", "applies_to": "recurring"}])
    with app.app_context(), unit_of_work():
        agent = db.session.scalar(db.select(User).where(User.username == "agent"))
        order, _ = capture(request, actor_id=agent.id, channel="workspace")
        assert order.recurring_total == Decimal("85.05")
        return order.id


def _shoot(page: Any, name: str) -> None:
    """At 1280 px and at 390 px (a phone, where nothing may scroll sideways), for a person to look at."""
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-1280.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), name
    page.screenshot(path=str(SHOTS / f"{name}-390.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_revision_before_the_approval_is_what_the_approver_sees(app: Flask, seeded: dict[str, Any],
                                                                  live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    order_id = _router_order(app, seeded)  # waiting at "Approve order"

    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}/revise")
    page.locator("fieldset[data-item-seq='1']").get_by_label("Bandwidth").select_option("1000")
    page.locator("fieldset[data-item-seq='2']").get_by_label("Remove this line").check()
    page.get_by_role("button", name="Preview impact").click()
    impact = page.locator("#impact")
    expect(impact).to_contain_text("Price change: +£180.45 a month, −£45.00 once.")
    expect(page.locator("#review-again")).to_contain_text(
        "The order awaits “Approve order”: confirming closes that task")
    _shoot(page, "revise-preview")

    page.locator("#confirm-revision").click()
    expect(page.locator(".flash")).to_contain_text(f"Revision 1 of order {order_id} is applied.")
    footer = page.locator("table tfoot").first
    expect(footer).to_contain_text("Order discount: 10% off the monthly charge (loyalty): −£29.50")
    expect(footer).to_contain_text("£265.50 / month")
    expect(page.locator("#revisions")).to_contain_text("price change +£180.45 / month, −£45.00 once")
    _shoot(page, "order-after-revision")
    logout(page)

    login(page, live_server, "approver")
    page.goto(f"{live_server}/tasks/{task(api, order_id, 'Approve order', 'approver')['id']}")
    expect(page.locator("main")).to_contain_text("New Business Fibre Internet. 265.50 GBP a month")
    expect(page.locator("main")).not_to_contain_text("Managed Router")
    _shoot(page, "approval-task-after-revision")
