"""End to end in Chromium: an agent's fibre bundle order is approved, its work orders done, and alice has the products.

Every human step happens in the browser through the generated task forms; the demo connectors run
inline without latency (the test config), so each step's effects are there when the next page loads.
Characteristics read as the catalog labels them ("Static IP address", "Wi-Fi") on every page of the way.
"""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.pages import snap
from tests.workspace.workspace_support import seed_shop

pytestmark = pytest.mark.browser

BUNDLE = ["Business Fibre Internet", "Static IP Block", "Managed Router", "Installation"]


def add_line(page: Any, offering: str) -> None:
    page.get_by_label("Add a product").select_option(label=offering)
    page.get_by_role("button", name="Add line").click()
    page.wait_for_selector(f"fieldset.order-line[data-offering='{offering}']")


def do_task(page: Any, name: str, fill: dict[str, str], choose: dict[str, str]) -> None:
    """Open the inbox task ``name``, claim it, fill its generated form and complete it."""
    page.get_by_role("link", name="Inbox").click()
    page.get_by_role("link", name=name).click()
    page.get_by_role("button", name="Claim").click()
    for field, value in choose.items():
        page.select_option(f"[name={field}]", value)
    for field, value in fill.items():
        page.fill(f"[name={field}]", value)
    page.get_by_role("button", name="Complete", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("completed")


def test_agent_order_is_approved_fulfilled_in_the_browser_and_alice_sees_her_products(
        app: Flask, live_server: str, page: Any) -> None:
    seed_shop(app)
    login(page, live_server, "agent")
    page.get_by_role("link", name="Workspace").click()
    page.get_by_role("link", name="New order").click()
    page.get_by_label("Customer account").select_option(label="Acme Ltd")
    for offering in BUNDLE:
        add_line(page, offering)
    page.get_by_label("Bandwidth").select_option("500")
    page.get_by_label("Site postcode").fill("SW1A 1AA")
    expect(page.get_by_label("Static IP address")).not_to_be_checked()
    expect(page.get_by_label("Wi-Fi")).to_be_checked()
    snap(page, "order-entry-labels")
    page.get_by_role("button", name="Submit order").click()
    expect(page.locator("h1")).to_contain_text("Acknowledged")
    order_url = page.url
    expect(page.locator("tr[data-item='Business Fibre Internet'] dl.characteristics dt")).to_have_text(
        ["Bandwidth", "Static IP address", "Site postcode", "Contract term"])
    snap(page, "order-page-labels")
    logout(page)

    login(page, live_server, "approver")
    do_task(page, "Approve order", fill={"approval_reason": "Standard bundle"}, choose={"approval_decision": "approve"})
    logout(page)

    login(page, live_server, "agent")
    page.goto(order_url)
    expect(page.locator("h1")).to_contain_text("In progress")
    tree = page.locator("#fulfilment")
    expect(tree.locator("tr[data-domain-order='Access Line']")).to_contain_text("Pending")
    expect(tree.locator("tr[data-domain-order='Access Line']")).to_contain_text("survey_result")
    survey = tree.locator("tr[data-domain-order='Field Visit'] .work-order")
    expect(survey).to_have_text("Survey site Open · fulfillment agent")
    logout(page)

    login(page, live_server, "fulfiller")
    do_task(page, "Survey site", fill={}, choose={"survey_result": "ready"})
    do_task(page, "Install ONT on site", fill={"ont_serial": "ONT7654321"}, choose={})
    logout(page)

    login(page, live_server, "agent")
    page.goto(order_url)
    expect(page.locator("h1")).to_contain_text("Completed")
    expect(tree.locator("tr[data-domain-order] > td:nth-child(2)")).to_have_text(["Completed"] * 15)
    expect(tree.locator(".work-order")).to_have_text(["Survey site Completed · fulfiller",
                                                      "Install ONT on site Completed · fulfiller"])
    expect(page.locator("#order-inventory tr[data-product]")).to_have_count(len(BUNDLE))
    logout(page)

    login(page, live_server, "alice")
    page.get_by_role("link", name="My products").click()
    expect(page.locator("h1")).to_have_text("My products")
    products = page.locator("section.product")
    expect(products.locator("h2")).to_have_text([f"{name} Active" for name in BUNDLE])
    fibre = page.locator("section[data-product='Business Fibre Internet']")
    expect(fibre.locator("[data-service]")).to_have_count(2)
    expect(fibre.locator(".contracts")).to_contain_text("24 months")
    expect(fibre.locator(".entitlements")).to_contain_text("Access Line")
    expect(page.locator("section[data-product='Installation']")).to_contain_text("ont serial ONT7654321")
    expect(fibre.locator("dl.characteristics")).to_contain_text("Static IP address")
    expect(page.locator("section[data-product='Managed Router'] dl.characteristics dt")).to_have_text(["Wi-Fi"])
    snap(page, "my-products-labels")
