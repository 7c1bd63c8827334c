"""The tasklist in the browser (filters, Complete and next), and pages that follow changes made elsewhere."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.browser.test_diagram_views import place_demo_order
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.workspace.workspace_support import bundle_parties

pytestmark = pytest.mark.browser


def test_inbox_filters_and_complete_and_next(app: Flask, live_server: str, page: Any) -> None:
    api, first = place_demo_order(app)
    seeded = bundle_parties(app, "Acme Ltd")
    second = place(api, fibre_bundle(seeded, external_id="CRM-ACME-7", account="Acme Ltd"))
    login(page, live_server, "approver")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server}/")
    rows = page.locator("#inbox tbody tr")
    expect(rows).to_have_count(2)
    expect(page.locator("#inbox")).to_contain_text("Acme Ltd")
    page.fill("#task-search", "CRM-ACME")
    page.get_by_role("button", name="Search").click()
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(f"#{second}")
    page.get_by_role("link", name="Mine").click()
    expect(page.locator("#tasklist .empty")).to_contain_text("No open task matches")
    page.get_by_role("link", name="All my work").click()
    page.fill("#task-search", "")
    page.get_by_role("button", name="Search").click()
    expect(rows).to_have_count(2)
    snap(page, "inbox")

    rows.first.get_by_role("link", name="Approve order").click()
    page.select_option("[name=approval_decision]", "approve")
    page.get_by_role("button", name="Complete and next").click()
    expect(page.locator(".flash")).to_contain_text("completed")
    expect(page.locator("h1")).to_have_text("Approve order")  # the next task, at once
    page.select_option("[name=approval_decision]", "approve")
    page.get_by_role("button", name="Complete", exact=True).click()
    expect(page.locator("h1")).to_have_text("Tasklist")  # back on the list, not raw JSON
    expect(page.locator("#tasklist .empty")).to_be_visible()
    assert first != second


def test_completing_a_task_in_one_browser_updates_the_order_page_open_in_another(
        app: Flask, live_server: str, browser: Any, page: Any) -> None:
    api, order_id = place_demo_order(app)
    approve(api, order_id)
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    expect(page.locator("#waiting-on")).to_contain_text("Survey site")
    field_visit = page.locator("#order-gantt g.bar-service", has_text="Field Visit")
    expect(field_visit).to_have_attribute("data-state", "inProgress")

    other = browser.new_context()
    fulfiller = other.new_page()
    login(fulfiller, live_server, "fulfiller")
    fulfiller.get_by_role("link", name="Survey site").click()
    fulfiller.get_by_role("button", name="Claim").click()
    fulfiller.select_option("[name=survey_result]", "ready")
    fulfiller.get_by_role("button", name="Complete", exact=True).click()
    expect(fulfiller.locator(".flash")).to_contain_text("completed")
    other.close()

    expect(page.locator("#waiting-on")).to_contain_text("Install ONT on site", timeout=5000)
    expect(page.locator("#waiting-on")).not_to_contain_text("Survey site")
    snap(page, "order-after-live-update")
