"""End to end in Chromium: alice follows her fibre order on the portal through its approval, survey and installation.

The staff's steps (approval, survey, installation) are taken over the API; alice reads "Where your order is" after
each, at 1280 and 390 px.
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
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place

pytestmark = pytest.mark.browser


def test_alice_follows_her_order_through_approval_and_survey(app: Flask, seeded: dict[str, Any], live_server: str,
                                                             page: Any) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="BROWSER-MILESTONES", account="Acme Ltd"))
    login(page, live_server, "alice")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    where = page.locator("#where")
    expect(where.get_by_role("heading", name="Where your order is")).to_be_visible()
    steps = page.locator("#milestones li")
    expect(steps).to_have_count(1)
    expect(page.locator("#milestones li[aria-current=step]")).to_contain_text("Order review")
    expect(page.locator("#milestones-later")).to_contain_text("once the work on your order is planned")
    snap_both(page, "portal-milestones-review")

    approve(api, order_id)
    page.reload()
    expect(page.locator("#milestones li.milestone-done")).to_contain_text(["Order review"])
    current = page.locator("#milestones li[aria-current=step]")
    expect(current).to_contain_text("Site survey")
    expect(current).to_contain_text("In progress now, due by ")
    expect(page.locator("#milestones li.milestone-next").first).to_contain_text("Engineer visit booked")
    expect(page.locator("#order-expected")).to_contain_text("Expected completion: ")
    expect(page.locator("#order-expected")).to_contain_text("estimate")
    expect(where).not_to_contain_text("Survey site")  # the staff's task name stays inside
    snap_both(page, "portal-milestones-survey")

    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    page.reload()
    expect(page.locator("#milestones li.milestone-done").nth(1)).to_contain_text("Site survey")
    expect(page.locator("#milestones li[aria-current=step]")).to_contain_text("Engineer visit · Installation")
    snap_both(page, "portal-milestones-engineer-visit")

    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT1234567"})
    page.reload()
    expect(page.locator("#order-state")).to_have_text("Completed")
    expect(page.locator("#milestones li:not(.milestone-done)")).to_have_count(0)
    expect(page.locator("#order-expected")).to_contain_text("Completed on ")
    snap_both(page, "portal-milestones-completed")
