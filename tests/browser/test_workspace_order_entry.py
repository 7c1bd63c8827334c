"""End to end in Chromium: an agent enters an order with live prices, saves a draft, resumes and submits it."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.workspace.workspace_support import seed_shop

pytestmark = pytest.mark.browser


def add_line(page: Any, offering: str) -> None:
    page.get_by_label("Add a product").select_option(label=offering)
    page.get_by_role("button", name="Add line").click()
    page.wait_for_selector(f"fieldset.order-line[data-offering='{offering}']")


def test_agent_enters_saves_resumes_and_submits_an_order(app: Flask, live_server: str, page: Any) -> None:
    seed_shop(app)
    login(page, live_server, "agent")
    page.get_by_role("link", name="Workspace").click()
    page.get_by_role("link", name="New order").click()
    page.get_by_label("Customer account").select_option(label="Acme Ltd")
    add_line(page, "Business Fibre Internet")
    page.get_by_label("Bandwidth").select_option("500")
    page.get_by_label("Site postcode").fill("SW1A 1AA")
    # The page's script posts the form to the preview endpoint on every change: no reload needed.
    expect(page.locator("#price-preview .line-recurring")).to_have_text("£159.00")
    expect(page.locator("#total-one-time")).to_have_text("£250.00")
    add_line(page, "Installation")
    expect(page.get_by_label("Customer account").locator("option:checked")).to_have_text("Acme Ltd")
    expect(page.get_by_label("Site postcode")).to_have_value("SW1A 1AA")
    expect(page.locator("#total-one-time")).to_have_text("£445.00")
    line_discount = page.get_by_role("group", name="Discount on line 1")
    line_discount.get_by_label("Discount", exact=True).select_option("percentage")
    line_discount.get_by_label("Discount value").fill("10")
    line_discount.get_by_label("Discount reason").fill("Loyalty")
    expect(page.locator("#total-recurring")).to_have_text("£143.10 / month")

    page.get_by_role("button", name="Save draft").click()
    expect(page.locator("h1")).to_contain_text("Draft")
    expect(page.locator("#order-recurring-total")).to_have_text("£143.10 / month")
    draft_url = page.url

    page.get_by_role("link", name="Resume draft").click()
    expect(page.get_by_label("Bandwidth")).to_have_value("500")
    expect(page.locator("#total-recurring")).to_have_text("£143.10 / month")
    page.get_by_label("Bandwidth").select_option("1000")
    expect(page.locator("#total-recurring")).to_have_text("£265.50 / month")  # 295.00 less 10%
    page.get_by_role("button", name="Submit order").click()
    expect(page.locator("h1")).to_contain_text("Acknowledged")
    assert page.url == draft_url
    expect(page.locator("#order-recurring-total")).to_have_text("£265.50 / month")
    expect(page.get_by_role("link", name="customer_order #")).to_be_visible()
    expect(page.get_by_role("link", name="Resume draft")).to_have_count(0)
