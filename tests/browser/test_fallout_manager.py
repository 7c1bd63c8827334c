"""End to end in Chromium: the fallout manager reassigns several fallout cases at once from the dashboard, and the
fallout agent they went to retries all the order's cases of the same cause at once when the system is back."""
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
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place

pytestmark = pytest.mark.browser


def test_the_fallout_manager_reassigns_cases_and_the_agent_finds_them(app: Flask, seeded: dict[str, Any],
                                                                      live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="inventory/release", error_code="DOWN", message="system down"))
    order_id = place(api, fibre_bundle(seeded, external_id="BROWSER-FALLOUT-MGR"))
    approve(api, order_id)
    assert api.post("/tmf-api/productOrderingManagement/v4/cancelProductOrder", user="agent",
                    json={"productOrder": {"id": str(order_id)}, "cancellationReason": "moved"}).status_code == 201
    first, second, third, *others = [c["id"] for c in api.get(f"/api/v1/fallouts?order={order_id}",
                                                               user="fallout").json]
    login(page, live_server, "falloutmgr")
    page.get_by_role("link", name="Fallout", exact=True).click()
    page.get_by_role("link", name="Manager dashboard").click()
    expect(page.locator("#open-total")).to_have_text(str(3 + len(others)))
    page.get_by_role("button", name="Reassign selected").click()  # nothing ticked
    expect(page.locator("#bulk-fallout_ids-error")).to_have_text("tick at least one fallout")
    for case in (first, second, third):
        page.locator(f"#select-{case}").check()
    page.get_by_label("Reassign to").select_option("fallout")
    snap_both(page, "fallout-manager-bulk-reassign")
    page.get_by_role("button", name="Reassign selected").click()
    expect(page.locator(".flash")).to_have_text("Reassigned 3 fallout cases to Felix Fallout (fallout).")
    assigned = page.locator("#oldest tbody td:last-child")
    expect(assigned).to_have_text(["fallout agent · fallout"] * 3 + ["fallout agent"] * len(others))
    logout(page)

    with app.app_context(), unit_of_work():  # the inventory is back
        db.session.execute(db.delete(SimulatorRule))
    login(page, live_server, "fallout")
    page.get_by_role("link", name="Fallout", exact=True).click()
    expect(page.locator(f"#fallout-queue tr[data-fallout='{first}'] td:last-child")).to_have_text(
        "fallout agent · fallout")
    snap_both(page, "fallout-agent-queue-after-reassign")
    page.locator(f"#fallout-queue tr[data-fallout='{first}'] td:first-child a").click()
    expect(page.locator("#retry-same-cause")).to_contain_text(f"other open cases with DOWN too (#{second}, #{third}")
    page.get_by_role("button", name="Retry as is").click()  # the release is back: every case of the order at once
    numbers = ", ".join(f"#{case}" for case in (second, third, *others))
    expect(page.locator(".flash")).to_have_text(
        f"Retried: fallout #{first}, and the order's {2 + len(others)} other cases of the same cause: {numbers}.")
    expect(page.locator("#fallout-status")).to_have_text("resolved")
    snap_both(page, "fallout-agent-case-retried")
    page.get_by_role("link", name="← Fallout queue").click()
    expect(page.locator("#fallout-queue tbody")).to_contain_text("No fallout matches.")
    expect(page.locator("h1")).to_have_text("Fallout")
