"""End to end in Chromium: a process admin reads the Ops page and makes a demo connector fail on the Simulator page.

The rule's effect is seen where it lands: the next order's reservations fail and become fallout cases,
which the Ops page counts too; disabling the rule again is one edit.
"""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.test_post_sale import snap_both
from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place

pytestmark = pytest.mark.browser


def figure(page: Any, label: str) -> Any:
    return page.locator("tr", has=page.get_by_role("rowheader", name=label, exact=True)).locator("td")


def test_ops_and_a_simulator_rule_that_makes_fallout(app: Flask, seeded: dict[str, Any], live_server: str,
                                                     page: Any) -> None:
    api = Api(app.test_client())
    login(page, live_server, "admin")
    page.get_by_role("link", name="Ops").click()
    expect(page.locator("p.meta")).to_contain_text("Health: ok · database: ok · jobs run by inline")
    expect(figure(page, "Jobs waiting")).to_have_text("0")
    expect(page.locator("main")).to_contain_text("No RQ workers: jobs run inside the web process.")
    snap_both(page, "admin-ops")

    page.get_by_role("link", name="Simulator").click()
    page.get_by_label("Connector").select_option("inventory/reserve")
    page.get_by_label("Error code").fill("NO_STOCK")
    page.get_by_label("Message").fill("Out of stock")
    page.get_by_role("button", name="Add rule").click()
    expect(page.locator(".flash")).to_have_text("Added a rule: inventory/reserve fails with NO_STOCK.")
    rule = page.locator("#simulator-rules tr", has_text="inventory/reserve")
    expect(rule).to_contain_text("every call")
    snap_both(page, "admin-simulator-rule-added")

    order_id = place(api, fibre_bundle(seeded, external_id="BROWSER-SIMULATOR"))
    approve(api, order_id)  # each reservation fails now
    page.get_by_role("link", name="Fallout", exact=True).click()
    failed = page.locator("#fallout-queue tbody tr", has_text="NO_STOCK")
    expect(failed).to_have_count(6)
    expect(failed.first).to_contain_text("Reserve resource")
    expect(failed.first).to_contain_text(f"#{order_id}")
    snap_both(page, "admin-fallout-from-the-simulator")
    page.get_by_role("link", name="Ops").click()
    expect(figure(page, "Connector calls failed")).to_have_text("6")
    expect(figure(page, "Instances error")).to_have_text("6")

    page.get_by_role("link", name="Simulator").click()
    rule.get_by_role("link", name="Edit").click()
    page.get_by_label("Enabled").uncheck()
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#simulator-rules tr", has_text="inventory/reserve")).to_contain_text("no")
