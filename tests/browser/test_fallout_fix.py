"""End to end in Chromium: a fallout agent fixes the refused postcode and the work completes."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from app.database import unit_of_work
from tests.browser.pages import login
from tests.browser.test_post_sale import snap_both
from tests.helpers import DATA
from tests.helpers import REPO
from tests.helpers import Api

pytestmark = pytest.mark.browser


def test_fallout_agent_fixes_the_postcode_and_the_instance_completes(app: Flask, live_server: str,
                                                                     page: Any) -> None:
    from app.connectors.demo import seed_simulator_rules
    api = Api(app.test_client())
    assert api.deploy(REPO / "dmn" / "fallout_policy.dmn", DATA / "models" / "activate_line.bpmn").status_code == 201
    with app.app_context(), unit_of_work():
        seed_simulator_rules()
    started = api.post("/api/v1/processes/activate_line/instances", json={"data": {"site_postcode": "ZZ1 1ZZ"}})
    assert api.get(f"/api/v1/instances/{started.json['id']}").json["status"] == "error"

    login(page, live_server, "fallout")
    page.get_by_role("link", name="Fallout", exact=True).click()
    row = page.locator("#fallout-queue tbody tr", has_text="PORT_UNAVAILABLE")
    expect(row).to_contain_text("network capacity")
    row.locator("td:first-child a").click()  # the case (the row also links its task's instance and order)
    expect(page.locator("#fallout-payload")).to_contain_text("ZZ1 1ZZ")
    expect(page.get_by_label("Site postcode")).to_have_value("ZZ1 1ZZ")
    # skipping it (done outside Ordra) asks for what provisioning/activate would have answered, where the task keeps it
    expect(page.locator("#skip-answer-hint")).to_contain_text('{"activation": {"service_id": "…", "status": "…"}}')
    snap_both(page, "fallout-case-skip-answer")
    page.get_by_label("Site postcode").fill("SW1A 1AA")
    page.get_by_role("button", name="Save and retry").click()
    expect(page.locator("#fallout-status")).to_have_text("resolved")
    page.get_by_role("link", name=f"activate_line #{started.json['id']}").click()
    expect(page.locator("#instance-status")).to_have_text("completed")
