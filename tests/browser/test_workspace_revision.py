"""End to end in Chromium: an order agent revises an order in flight, sees the dry run, then confirms it."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place

pytestmark = pytest.mark.browser


def test_an_agent_revises_an_order_after_seeing_its_impact(app: Flask, seeded: dict[str, Any], live_server: str,
                                                           page: Any) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="BROWSER-REV"))
    approve(api, order_id)  # reservations done, the survey pending

    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    page.locator("#revise-order").click()
    page.locator("fieldset[data-item-seq='1']").get_by_label("Bandwidth").select_option("1000")
    page.locator("fieldset[data-item-seq='3']").get_by_label("Remove this line").check()
    page.get_by_label("Add a line").select_option(label="Business Voice")
    page.get_by_role("button", name="Preview impact").click()
    new_line = page.locator("#new-line")  # the added line's settings, asked before anything is previewed
    expect(new_line).to_contain_text("Set the new line's values")
    expect(page.locator("#impact")).to_have_count(0)
    new_line.get_by_label("Channels", exact=False).fill("4")
    new_line.get_by_label("Numbers", exact=False).fill("2")
    snap(page, "workspace-revision-new-line", full_page=True)
    page.get_by_role("button", name="Preview impact").click()

    impact = page.locator("#impact")
    expect(impact).to_contain_text("It can be made. Nothing has changed yet")
    expect(impact.locator("tr.effect-compensate")).to_contain_text("Router (Managed Router)")
    expect(impact.locator("tr.effect-amend").first).to_contain_text("Business Fibre Internet")
    expect(impact).to_contain_text("SIP Trunk (Business Voice)")
    snap(page, "workspace-revision-dry-run")
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: the impact table must not scroll sideways
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    snap(page, "phone-workspace-revision")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert order_360(api, order_id)["revisions"] == []  # the preview changed nothing

    page.locator("#confirm-revision").click()
    expect(page.locator(".flash")).to_contain_text(f"Revision 1 of order {order_id} is applied.")
    expect(page.locator("#revisions")).to_contain_text("Revision 1")
    after = order_360(api, order_id)
    assert [r["number"] for r in after["revisions"]] == [1]
    assert [i["id"] for i in after["items"]] == [1, 2, 4, 5]
    assert after["items"][-1]["characteristics"]["channels"] == 4
    assert next(i for i in after["items"] if i["id"] == 1)["characteristics"]["bandwidth"] == 1000
