"""At 390 px (a phone) the portal, the tasklist and the order page fit the width: no sideways scrolling."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.pages import snap
from tests.browser.test_diagram_views import place_demo_order
from tests.orchestration.flow import approve

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def overflow(page: Any) -> int:
    """How many px the page is wider than the screen (0: no horizontal scroll)."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def test_portal_tasklist_and_order_page_have_no_horizontal_scroll_at_390px(
        app: Flask, live_server: str, page: Any) -> None:
    api, order_id = place_demo_order(app)
    approve(api, order_id)
    page.set_viewport_size(PHONE)
    login(page, live_server, "bob")  # Bravo plc's customer: the demo order is theirs
    for path in ("/portal/", "/portal/orders", f"/portal/orders/{order_id}", "/portal/products"):
        page.goto(f"{live_server}{path}")
        assert overflow(page) == 0, path
    snap(page, "phone-portal-products")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    snap(page, "phone-portal-order")
    logout(page)
    login(page, live_server, "fulfiller")
    page.goto(f"{live_server}/")
    assert overflow(page) == 0
    snap(page, "phone-inbox")
    page.get_by_role("link", name="Survey site").click()
    page.wait_for_load_state("load")  # a click waits for the navigation to commit, not for the styles to apply
    assert overflow(page) == 0
    logout(page)
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    page.wait_for_selector("#order-gantt")
    assert overflow(page) == 0
    snap(page, "phone-order")
    page.goto(f"{live_server}/workspace/orders/new")
    assert overflow(page) == 0


def test_table_rows_shown_as_cards_at_390px_say_what_each_value_is(app: Flask, live_server: str, page: Any) -> None:
    """A table's row becomes a card on a phone: each value is preceded by its column's heading."""
    api, order_id = place_demo_order(app)
    approve(api, order_id)
    page.set_viewport_size(PHONE)
    login(page, live_server, "bob")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    cells = page.locator("table.list tbody td")
    assert cells.count() > 0
    assert cells.evaluate_all("cells => cells.filter(c => !c.dataset.label).length") == 0
    monthly = page.locator("table.list tbody tr").first.locator("td[data-label='Monthly total']")
    assert page.evaluate("cell => getComputedStyle(cell, '::before').content", monthly.element_handle()) \
        == '"Monthly total: "'
    logout(page)
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    page.wait_for_selector("#fulfilment td[data-label]", state="attached")
    labels = page.locator("#fulfilment table.domain-orders tbody tr").first.locator("td").evaluate_all(
        "cells => cells.map(c => c.dataset.label)")
    assert labels == ["Domain order", "State", "Plan", "Depends on", "Requires", "Started (UTC)", "Completed (UTC)",
                      "Work orders"]
    logout(page)
    login(page, live_server, "bob")  # the order form's price panel, swapped in as the customer types
    page.get_by_role("link", name="Order Business Fibre Internet").click()
    page.get_by_label("Bandwidth").select_option("100")
    page.get_by_label("Site postcode").fill("EC1A 1BB")
    expect(page.locator("#total-recurring")).to_contain_text("/ month")
    prices = page.locator("table.prices td")
    assert prices.evaluate_all("cells => cells.filter(c => !c.dataset.label).length") == 0
    assert page.locator("#total-recurring").get_attribute("data-label") == "Monthly"
    snap(page, "phone-portal-order-prices")
